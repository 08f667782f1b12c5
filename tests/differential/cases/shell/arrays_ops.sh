# shell: bash
# Indexed array operations: slices of elements, += append, length of element, negative index.
a=(10 20 30 40)
echo "${a[-1]}" "${a[@]:1:2}" "${#a[0]}"
a+=(50 60); echo "${#a[@]}"
a[1]+=5; echo "${a[1]}"
b=("${a[@]/0/x}"); echo "${b[@]}"
echo "${a[*]}"
IFS=,; echo "${a[*]}"
