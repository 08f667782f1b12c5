# shell: bash
# indexed arrays: ${!a[@]} lists set indices, slices, negative index, append, length of one element.
a=(zero one two three four)
a[10]=ten
echo "${!a[@]}"
echo "${a[@]:1:2}"
echo "${a[-1]} ${a[-2]}"
a+=(eleven)
echo "${#a[@]} ${#a[1]} ${a[11]}"
unset 'a[1]'
echo "${!a[*]}"
b=("${a[@]}")
echo "${!b[@]}"
