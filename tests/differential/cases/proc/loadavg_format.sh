# shell: sh
# /proc/loadavg: three averages, running/total, last pid.
grep -Ec '^[0-9]+\.[0-9][0-9] [0-9]+\.[0-9][0-9] [0-9]+\.[0-9][0-9] [0-9]+/[0-9]+ [0-9]+$' /proc/loadavg
