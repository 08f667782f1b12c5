# shell: bash
# $# $* $@ "$*" with IFS, $0 in -c, $_ , $$ vs subshell.
set -- a "b c" d
echo $#; IFS=,; echo "$*"; IFS=' '
printf '<%s>' "$@"; echo; printf '<%s>' $*; echo
bash -c 'echo "$0 $1 $#"' name arg
echo last-arg; echo "$_"
(exit 3); echo $?
