# shell: sh
# tee writes to several files, -a appends, tee to a missing dir fails but still copies.
cd /tmp
echo one | tee a b
echo two | tee -a a
cat a b
echo three | tee /nope/x; echo "rc=$?"
echo four | tee >/dev/null c; cat c
printf 'x\ny\n' | tee -a c | wc -l; cat c
