# shell: sh
# > truncates, >> appends, < reads, 2>&1 merges.
cd /tmp
echo one > f; echo two >> f; cat f
echo three > f; cat < f
ls /nonexistent > out 2>&1; cat out
