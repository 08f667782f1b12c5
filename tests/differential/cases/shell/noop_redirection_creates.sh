# shell: sh
# : > file creates an empty file; > file alone too.
cd /tmp
: > a
> b
ls -l a b | awk '{print $5, $NF}'
