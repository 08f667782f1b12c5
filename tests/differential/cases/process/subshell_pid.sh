# shell: sh
# $$ in a subshell is the parent shell's pid; a child shell has its own.
a=$$
b=$( echo $$ )
[ "$a" = "$b" ] && echo "subshell keeps \$\$"
c=$(sh -c 'echo $$')
[ "$a" != "$c" ] && echo "child shell differs"
d=$(sh -c 'echo $PPID')
[ "$a" = "$d" ] && echo "child's PPID is \$\$"
