# shell: sh
# /proc/uptime: two decimals with two fraction digits.
grep -cE '^[0-9]+\.[0-9][0-9] [0-9]+\.[0-9][0-9]$' /proc/uptime
