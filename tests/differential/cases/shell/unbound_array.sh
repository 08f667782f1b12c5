# shell: bash
# set -u with arrays: ${a[@]} of an empty array is fine in bash 5.2.
bash -c 'set -u; a=(); echo "[${a[@]}]"; echo "${#a[@]}"'
bash -c 'set -u; declare -A m; echo "${m[x]}"'; echo "status $?"
