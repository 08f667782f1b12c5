# shell: sh
# lsns -p $$ lists every type for the shell; -o NS,TYPE -n with masked inode numbers.
unshare -u -n sh -c 'lsns -p $$ -n -o TYPE | sort | tr "\n" " "; echo; lsns -p $$ -t net -n -o TYPE'
