# shell: sh
# exec replaces the shell: nothing after it runs, the pid stays.
sh -c 'exec echo replaced; echo never'
sh -c 'echo $$ > /tmp/a; exec sh -c "echo \$\$ > /tmp/b"'
cmp /tmp/a /tmp/b && echo "same pid"
