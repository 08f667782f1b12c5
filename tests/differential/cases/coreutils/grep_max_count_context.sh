# shell: sh
# grep -m NUM with -A: trailing context after the last counted match is still printed
seq 1 9 > n
grep -m1 -A2 3 n
echo ---; printf '3\n3\n4\n5\n' | grep -n -m1 -A2 3
echo ---; grep -m2 -A1 -e 2 -e 6 n
echo ---; grep -c -m1 -A2 3 n
echo ---; grep -m1 -B1 5 n
echo ---; printf 'a\nb\na\nc\n' | grep -m1 -C1 -n a
