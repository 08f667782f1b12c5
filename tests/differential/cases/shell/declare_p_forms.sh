# shell: bash
# declare -p prints each kind of variable the way bash re-reads it.
s="a \"q\" \$x"; declare -p s
declare -i n=5; declare -p n
declare -a arr=(1 "two words" '$y'); declare -p arr
declare -A m=([k]=v); declare -p m
declare -r ro=1; declare -p ro
declare -x ex=e; declare -p ex
declare -l low=ABC; declare -u up=abc; declare -p low up; echo "$low $up"
declare unset_one; declare -p unset_one
declare -p nosuch; echo "status $?"
