# shell: bash
# functions: local shadows, return status, $# and $@ inside, recursion, function keyword, unset -f.
x=global
f() { local x=local; echo "$x $# $1"; return 3; }
f a b; echo "rc $? x=$x"
function g { echo "g: $*"; }
g 1 2
fact() { (( $1 <= 1 )) && echo 1 || echo $(( $1 * $(fact $(( $1 - 1 ))) )); }
fact 5
unset -f g; g 2>&1 | sed 's/.*: //'
h() { echo "${FUNCNAME[0]} $0" | sed 's|/run/vlab-case/||'; }; h
declare -F f
