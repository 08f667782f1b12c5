# shell: bash
# Associative arrays: keys, values, membership, declare -p.
declare -A m=([one]=1 [two]=2)
m[three]=3
echo "${m[two]}" "${#m[@]}"
for k in $(printf '%s\n' "${!m[@]}" | sort); do echo "$k=${m[$k]}"; done
[[ -v m[one] ]] && echo "has one"
[[ -v m[four] ]] || echo "no four"
unset 'm[one]'
echo "${#m[@]}"
declare -A s=([k]=v); declare -p s
