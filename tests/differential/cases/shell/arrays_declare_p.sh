# shell: bash
# declare -p prints arrays with quoted values.
a=("a b" 'q"uote' '$dollar' '')
declare -p a
declare -a e=()
declare -p e
