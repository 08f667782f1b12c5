# shell: sh
# lsns -p lists one namespace of each type for a process.
lsns -p $$ -n -o TYPE | sort | tr "\n" " "; echo
