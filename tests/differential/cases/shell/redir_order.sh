# shell: sh
# Redirections apply left to right: 2>&1 >file differs from >file 2>&1.
cd /tmp
{ echo out; echo err >&2; } > a 2>&1
echo "a:"; cat a
{ echo out; echo err >&2; } 2>&1 > b | sed 's/^/piped: /'
echo "b:"; cat b
