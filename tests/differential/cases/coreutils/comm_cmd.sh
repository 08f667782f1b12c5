# shell: sh
# comm compares two sorted files in three columns; -12, -3.
cd /tmp
printf 'a\nb\nc\n' > x; printf 'b\nc\nd\n' > y
comm x y
comm -12 x y
comm -3 x y
