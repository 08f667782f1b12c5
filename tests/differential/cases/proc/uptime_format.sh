# shell: sh
# /proc/uptime is two numbers with two decimals.
grep -Ec '^[0-9]+\.[0-9][0-9] [0-9]+\.[0-9][0-9]$' /proc/uptime
