# shell: bash
# bash ${v:off:len}, negative offsets.
v=abcdefgh
echo "${v:2}" "${v:2:3}" "${v: -3}" "${v: -3:2}" "${v:0:-2}"
set -- one two three four
echo "${@:2}" "|" "${@:2:2}"
