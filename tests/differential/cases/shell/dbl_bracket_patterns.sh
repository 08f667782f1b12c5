# shell: bash
# [[ ]]: == globs, quoted right side literal, < > string order, && || ( ).
[[ abc == a* ]] && echo glob
[[ abc == "a*" ]] || echo "quoted literal"
[[ a < b ]] && echo "a<b"
[[ -n x && ( -z "" || 1 -eq 2 ) ]] && echo grouping
v='a b'; [[ $v == 'a b' ]] && echo "no splitting"
[[ ! -e /nonexistent ]] && echo negation
