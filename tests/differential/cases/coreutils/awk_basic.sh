# shell: sh
# awk fields, NR NF, -F, BEGIN/END, printf, arithmetic (mawk).
printf 'a 1\nb 2\nc 3\n' > /tmp/f
awk '{print $2, $1}' /tmp/f
awk '{s += $2} END {print "sum", s}' /tmp/f
awk 'NR == 2' /tmp/f
awk '{print NF ":" $NF}' /tmp/f | head -n 1
echo 'x:y:z' | awk -F: '{print $2}'
awk 'BEGIN {printf "%5.2f|%-3s|%d\n", 3.14159, "ab", 42}'
awk 'BEGIN {print length("hello"), substr("hello", 2, 3), index("hello", "l"), toupper("x")}'
