# shell: sh
# trap '' INT sets the bit in SigIgn, trap handler TERM in SigCgt (of the shell).
trap '' INT
trap 'echo t' TERM
m=$(awk '/^SigIgn/ {print $2}' /proc/$$/status); [ $(( 0x$m & 2 )) -eq 2 ] && echo "INT ignored"
m=$(awk '/^SigCgt/ {print $2}' /proc/$$/status); [ $(( 0x$m & 0x4000 )) -eq $(( 0x4000 )) ] && echo "TERM caught"
