# shell: sh
# test integer comparisons.
[ 3 -lt 10 ] && echo lt
[ 10 -gt 3 ] && echo gt
[ 5 -le 5 ] && echo le
[ 5 -ge 6 ] || echo "not ge"
[ -1 -lt 0 ] && echo negative
[ 007 -eq 7 ] && echo "leading zeros are decimal"
