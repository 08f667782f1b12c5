# shell: bash
# coproc runs a command with pipes to and from it in ${COPROC[@]}; a named coproc takes a compound command.
coproc tr a-z A-Z
echo hello >&"${COPROC[1]}"
eval "exec ${COPROC[1]}>&-"
read -r line <&"${COPROC[0]}"
echo "$line"
wait; echo "waited $?"
coproc NAMED { read -r x; echo "named got $x"; }
[[ $NAMED_PID =~ ^[0-9]+$ ]] && echo "has pid"
echo ping >&"${NAMED[1]}"
read -r l2 <&"${NAMED[0]}"; echo "$l2"
wait
echo "${#NAMED[@]}"
