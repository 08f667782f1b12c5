# shell: bash
# local arrays in functions; export of a function with export -f.
f() { local -a l=(1 2 3); echo "${#l[@]}"; }
f; echo "[${l[*]}]"
g() { echo "exported function"; }
export -f g
bash -c g
