# shell: bash
# coproc runs a command with pipes to and from it in ${COPROC[@]}.
coproc tr a-z A-Z
echo hello >&"${COPROC[1]}"
exec {COPROC[1]}>&-
read -r line <&"${COPROC[0]}"
echo "$line"
coproc NAMED { read -r x; echo "named got $x"; sleep 1; }
echo ping >&"${NAMED[1]}"
read -r l2 <&"${NAMED[0]}"; echo "$l2"
