# shell: sh
# awk arrays, split, gsub, conditions, -v variables, OFS.
printf 'a b\nb c\na d\n' | awk '{c[$1]++} END {for (k in c) print k, c[k]}' | sort
echo 'a-b-c' | awk '{n = split($0, p, "-"); print n, p[3]}'
echo 'foo bar foo' | awk '{gsub(/foo/, "X"); print}'
awk -v x=5 'BEGIN {print x * 2}'
echo 'a b c' | awk 'BEGIN {OFS = ","} {$1 = $1; print}'
seq 5 | awk '$1 % 2 == 1'
awk 'BEGIN {exit 3}'; echo "status $?"
