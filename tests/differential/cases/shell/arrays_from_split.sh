# shell: bash
# read -a and word splitting fill arrays.
read -r -a parts <<< "alpha beta  gamma"
echo "${#parts[@]} ${parts[2]}"
IFS=: read -r -a p <<< "a:b::c"
declare -p p
s="x y z"; arr=($s); echo "${arr[1]}"
