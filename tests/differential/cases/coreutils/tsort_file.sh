# shell: sh
# tsort reads a file operand; pairs may span lines; self-pairs name a node.
cd /tmp
printf 'a b c\nd a a\n' > t; tsort t
printf 'x x\n' | tsort
tsort nope; echo "status $?"
tsort a b; echo "status $?"
