# shell: sh
# getconf -a lists NAME value lines, including PAGESIZE and PATH.
getconf -a | grep -E '^(PAGESIZE|PATH|LONG_BIT|_POSIX_VERSION) ' | tr -s ' '
getconf -a | grep -c '^ARG_MAX  *2097152$'
