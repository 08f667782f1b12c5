# shell: sh
# awk if/else, while, for, next, getline from a command, string comparisons.
seq 6 | awk '$1 == 3 {next} {if ($1 % 2) print "odd", $1; else print "even", $1}'
awk 'BEGIN {i = 0; while (i < 3) {printf "%d ", i; i++}; print ""}'
awk 'BEGIN {for (i = 3; i > 0; i--) printf "%d ", i; print ""}'
awk 'BEGIN {"echo from-cmd" | getline x; print x}'
awk 'BEGIN {print ("10" < "9"), (10 < 9)}'
echo 10 9 | awk '{print ($1 < $2)}'
