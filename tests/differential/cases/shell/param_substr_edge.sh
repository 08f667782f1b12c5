# shell: bash
# ${x:off:len} with negative offsets and lengths, and on $@.
x=abcdefgh
echo "${x:2} ${x:2:3} ${x: -3} ${x: -3:2} ${x:1:-2} ${x:(-2)}"
echo "[${x:10}]"
set -- a b c d
echo "${@:2} | ${@:2:2} | ${@: -1}"
echo "${x:$((1+1)):2}"
