# shell: bash
# ${v@Q} ${v@U} ${v@u} ${v@A} on a plain variable; [[ -eq ]] arithmetic errors are prefixed "[[: ".
v=hello; echo "${v@Q}" "${v@U}" "${v@u}" "${v@L}" "${v@A}"
s="it's"; echo "${s@Q}" "${s@A}"
set -- a b c; printf '%s\n' "${@/a/X}" "${@^}"
[[ 1 -eq 1a ]]; echo "rc=$?"
[[ x -lt 1+ ]]; echo "rc=$?"
[[ 2 -gt 1 ]]; echo "rc=$?"
x=3; [[ x+1 -eq 4 ]]; echo "rc=$?"
