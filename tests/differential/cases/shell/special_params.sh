# shell: sh
# $# $@ $* $1..$N ${10}, and "$@" vs "$*".
set -- a 'b c' d e f g h i j k
echo "$#"
echo "$1|$2|${10}"
printf '<%s>' "$@"; echo
printf '<%s>' "$*"; echo
IFS=-; printf '<%s>' "$*"; echo
