# shell: sh
# /proc/meminfo starts with MemTotal, MemFree, MemAvailable, Buffers, Cached, in kB.
awk -F: 'NR <= 5 { print $1 }' /proc/meminfo
head -n 1 /proc/meminfo | grep -Ec '^MemTotal: +[0-9]+ kB$'
