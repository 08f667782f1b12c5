# shell: sh
# awk if/else, while, for, next, exit with code, ternary, regex match ~ and !~, getline-free.
seq 6 | awk '{if ($1 % 2 == 0) print $1, "even"; else print $1, "odd"}'
seq 6 | awk '$1 > 4 {exit 3} {print}'; echo "rc=$?"
seq 5 | awk 'NR==2 {next} {print}'
awk 'BEGIN {i=0; while (i<3) {print "i=" i; i++}}'
awk 'BEGIN {for (i=3; i>0; i--) printf "%d ", i; print ""}'
printf 'apple\nbanana\ncherry\n' | awk '$0 ~ /an/'
printf 'apple\nbanana\ncherry\n' | awk '$0 !~ /an/ {print NR": "$0}'
printf 'apple\nbanana\n' | awk '/^b/,0'
seq 3 | awk '{print ($1 > 1 ? "big" : "small")}'
echo 5 | awk '{printf "%s is %s\n", $1, ($1 > 3) ? "high" : "low"}'
awk 'BEGIN {exit}'; echo "rc=$?"
