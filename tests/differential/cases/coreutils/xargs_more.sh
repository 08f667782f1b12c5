# shell: sh
# xargs -L lines, -d delimiter, quotes in input, -t trace, -P 1.
printf 'a b\nc d\n' | xargs -L 1 echo
printf 'a,b,c' | xargs -d, -n1 echo
echo '"x y" z' | xargs -n1 echo
echo "a 'b c'" | xargs -n1 echo
echo q | xargs -t echo 2>&1
