# shell: sh
# sed -i edits a file in place; -E extended regex; y///; = line numbers.
printf 'x=1\ny=2\n' > /tmp/f
sed -i 's/=/: /' /tmp/f; cat /tmp/f
echo 'abc123' | sed -E 's/([a-z]+)([0-9]+)/\2\1/'
echo hello | sed 'y/elo/ELO/'
printf 'a\nb\n' | sed =
sed 's/x' /tmp/f; echo "status $?"
