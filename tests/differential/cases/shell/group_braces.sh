# shell: sh
# { } groups in the current shell.
{ x=1; cd /tmp; }
echo "$x $PWD"
{ echo a; echo b; } | wc -l
