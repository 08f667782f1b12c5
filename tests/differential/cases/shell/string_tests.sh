# shell: bash
# [[ ]] string tests: ==, !=, <, >, -z, -n, =~ with BASH_REMATCH, quoted regex is literal.
s=hello
[[ $s == h* ]] && echo glob
[[ $s != x ]] && echo ne
[[ a < b ]] && echo less
[[ -z "" && -n $s ]] && echo zn
[[ "v1.23" =~ ^v([0-9]+)\.([0-9]+)$ ]] && echo "${BASH_REMATCH[0]} ${BASH_REMATCH[1]} ${BASH_REMATCH[2]}"
re='h.*o'; [[ $s =~ $re ]] && echo "re var"
[[ $s =~ "h.*o" ]] || echo "quoted literal"
[[ 10 -gt 9 && ! -e /nonexistent ]] && echo arith
