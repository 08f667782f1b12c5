# shell: sh
# SigCgt shows a signal with a trap handler in the shell's status.
sh -c 'trap "echo x" USR2; m=$(grep "^SigCgt:" /proc/$$/status | cut -f2); [ $(( 0x$m & 0x800 )) -ne 0 ] && echo "USR2 caught"'
