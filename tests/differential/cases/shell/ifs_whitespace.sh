# shell: sh
# IFS whitespace collapses and is trimmed; non-whitespace delimits empty fields.
v='  a b  '
set -- $v; echo "$# [$1] [$2]"
IFS=' ,'
v='a, b,,c'
set -- $v; echo "$#"; printf '[%s]' "$@"; echo
