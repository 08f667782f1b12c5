# shell: sh
# dash has no brace expansion: the braces stay.
dash -c 'echo {a,b} {1..3}'
