# shell: sh
# Command substitution runs in a subshell: assignments do not escape.
x=1
y=$(x=2; echo $x)
echo "$x $y"
