# shell: sh
# comm: when an unsorted input is reported (only after an unpairable line, or with --check-order)
printf 'a\nb\nc\n' > x; printf 'a\nB\nc\nd\n' > y; printf 'b\na\n' > u
comm -12 x y; echo "rc=$?"
comm -3 x y; echo "rc=$?"
comm u x; echo "rc=$?"
comm -12 u u; echo "rc=$?"
comm --check-order u u; echo "rc=$?"
comm --nocheck-order u x; echo "rc=$?"
printf 'z\ny\nx\n' > r; comm r x; echo "rc=$?"
