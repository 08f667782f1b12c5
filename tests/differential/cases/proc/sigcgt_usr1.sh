# shell: bash
# After trap on USR1 and USR2 a child of the shell still sees its own (default) sets; the shell shows them caught.
trap 'echo got' USR1 USR2
awk '/^SigCgt/ {print $2}' /proc/$$/status | { read m; [ $(( 0x$m & 0x0a00 )) -eq $(( 0x0a00 )) ] && echo "USR1 and USR2 caught"; }
