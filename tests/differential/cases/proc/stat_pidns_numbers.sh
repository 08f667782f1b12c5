# shell: sh
# In a fresh PID namespace the first process is 1 and its child 2, in /proc/self/stat too.
unshare --pid --fork --mount-proc sh -c 'cut -d" " -f1-4 /proc/self/stat; read -r a b c d rest < /proc/self/stat; echo "$a $b $c $d"'
