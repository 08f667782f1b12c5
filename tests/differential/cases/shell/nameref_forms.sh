# shell: bash
# namerefs: declare -n follows through reads, writes, arrays, unset and function arguments.
x=1; declare -n r=x; echo "$r"; r=2; echo "$x"
declare -a arr=(a b); declare -n ra=arr; ra[2]=c; echo "${ra[@]} ${#ra[@]}"
inc() { local -n v=$1; v=$((v + 1)); }; n=41; inc n; echo "$n"
setk() { local -n m=$1; m[$2]=$3; }; declare -A h; setk h key val; echo "${h[key]}"
swap() { local -n a=$1 b=$2; local t=$a; a=$b; b=$t; }; p=first q=second; swap p q; echo "$p $q"
