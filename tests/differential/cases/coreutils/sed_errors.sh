# shell: sh
# sed error messages: unknown command, missing file, unknown option to s.
echo a | sed 'k'; echo "status $?"
sed p /tmp/nope; echo "status $?"
echo a | sed 's/a/b/z'; echo "status $?"
