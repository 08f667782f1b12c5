# shell: sh
# awk BEGIN/END, -v vars, sums and averages, printf formats, string concatenation.
printf '3\n5\n10\n' > /tmp/n
awk '{s+=$1} END {print "sum", s, "avg", s/NR}' /tmp/n
awk -v factor=2 '{print $1*factor}' /tmp/n
awk 'BEGIN {print "start"} END {print NR " lines"}' /tmp/n
awk 'BEGIN {printf "%5.2f|%-6s|%03d|%x|%c|%e\n", 3.14159, "ab", 7, 255, 65, 1234.5}'
awk 'BEGIN {x = "foo" "bar"; print x, length(x)}'
awk 'BEGIN {print 1/3; print 100000 * 100000; print 2^10; print 7%3; print -7%3}'
awk 'END {print $0}' /tmp/n
awk 'BEGIN {print length()}' </dev/null
awk 'NR==2' /tmp/n
awk 'NR%2' /tmp/n
