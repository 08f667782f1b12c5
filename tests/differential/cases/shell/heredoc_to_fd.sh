# shell: sh
# A here-doc can feed any fd; read reads from it.
while read -r line <&3; do echo "got $line"; done 3<<EOF2
one
two
EOF2
