# shell: sh
# "${@:-default}" and "$@" with no parameters give nothing.
set --
printf '<%s>' "$@"; echo "|"
printf '<%s>' "${@:-none}"; echo
set -- a 'b c'
printf '<%s>' "${@:-none}"; echo
