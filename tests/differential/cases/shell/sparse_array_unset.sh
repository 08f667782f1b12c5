# shell: bash
# unset of an array element leaves a hole; indices keep their numbers.
a=(a b c d)
unset 'a[1]'
echo "${#a[@]} ${!a[@]}"
a+=(e); echo "${!a[@]}"
unset a; echo "${#a[@]}"
