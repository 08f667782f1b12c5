# shell: sh
# readonly variables refuse assignment and unset.
readonly r=1
(r=2) 2>/dev/null || echo "assignment refused"
(unset r) 2>/dev/null || echo "unset refused"
echo "$r"
