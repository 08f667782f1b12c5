# shell: sh
# awk: assigning $3 past NF extends the record; NF= truncates; $0 re-splits.
echo 'a b' | awk '{$4 = "d"; print; print NF}'
echo 'a b c d' | awk '{NF = 2; print}'
echo 'a b' | awk '{$0 = "x y z"; print NF, $3}'
echo '  lead   trail  ' | awk '{print "[" $1 "]", NF}'
