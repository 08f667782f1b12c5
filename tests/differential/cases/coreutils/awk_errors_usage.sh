# shell: sh
# mawk: syntax error message, missing file, -f program file, -- and assignment operands.
cd /tmp
awk '{print $1' /dev/null 2>&1 | sed 's/^mawk/awk/'; echo "rc=$?"
awk '{print}' nope 2>&1 | sed 's/^mawk/awk/'
echo 'BEGIN {print "from file"}' > prog.awk; awk -f prog.awk
echo 'a b' > in; awk '{print x, $1}' x=5 in
awk -v 'msg=hi there' 'BEGIN {print msg}'
