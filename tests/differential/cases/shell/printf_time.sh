# shell: bash
# printf %(fmt)T formats a time: fixed epochs in UTC.
export TZ=UTC
printf '%(%Y-%m-%d %H:%M:%S)T\n' 0
printf '%(%a %b %e)T|%(%s)T\n' 86400 1000000000
printf '[%20(%F)T]\n' 0
printf '[%-12(%H:%M)T]\n' 3600
