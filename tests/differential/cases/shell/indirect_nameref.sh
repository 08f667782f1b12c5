# shell: bash
# ${!name} indirection, ${!prefix*} names, declare -n namerefs.
a=apple; ref=a; echo "${!ref}"
my_x=1 my_y=2; echo "${!my_@}"
declare -n nr=a; nr=avocado; echo "$a"
f() { local -n out=$1; out=(1 2 3); }; f arr; echo "${arr[@]}"
arr2=(p q); idx='arr2[1]'; echo "${!idx}"
