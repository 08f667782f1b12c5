# shell: bash
# [[ < ]] compares strings in the locale (C: bytes); test -gt numbers.
[[ B < a ]] && echo "B<a in C"
[[ 10 < 9 ]] && echo "10<9 as strings"
[ 10 -gt 9 ] && echo "10>9 as numbers"
