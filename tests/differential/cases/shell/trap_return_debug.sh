# shell: bash
# bash RETURN trap fires after a function returns.
f() { trap 'echo returning from f' RETURN; echo in f; }
f
echo after
