# shell: sh
# comm -12, -23, -13, default three columns, --output-delimiter, unsorted input warning.
cd /tmp && printf 'a\nb\nc\nd\n' > x && printf 'b\nd\ne\n' > y
comm x y
comm -12 x y
comm -23 x y
comm -13 x y
comm --output-delimiter=, x y
printf 'b\na\n' > u; comm u y; echo "rc=$?"
comm --nocheck-order u y; echo "rc=$?"
comm x; echo "rc=$?"
