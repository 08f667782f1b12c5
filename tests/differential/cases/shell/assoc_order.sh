# shell: bash
# associative arrays list their keys in bash's hash-table order, not insertion order.
declare -A A
for k in k x apple banana cherry 1 2 3 10 foo bar baz; do A[$k]=v$k; done
echo "${!A[@]}"
echo "${A[@]}"
A[k]=again; echo "${!A[@]}"
declare -A B=([one]=1 [two]=2 [three]=3 [four]=4); declare -p B
for key in "${!B[@]}"; do echo "$key=${B[$key]}"; done
unset 'B[two]'; echo "${!B[@]}"
