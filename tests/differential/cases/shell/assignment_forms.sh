# shell: sh
# Assignments: no field splitting or globbing on the right; several in one line; before a command.
cd /tmp && touch f1 f2
v=f*; echo "$v"
w=$(echo a   b); echo "$w"
a=1 b=$a; echo "$b"
x=1 sh -c 'echo $x'; echo "[$x]"
