# shell: sh
# A failed redirection fails the command, which does not run; the script goes on.
{ cat < /nonexistent; echo "the group goes on"; } 2>/dev/null | cat
{ cat < /nonexistent; } 2>/dev/null || echo "cat failed"
{ echo x > /nonexistent/f; } 2>/dev/null || echo "echo failed"
echo "script goes on"
