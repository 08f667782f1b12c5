# shell: sh
# /proc/loadavg: three averages, running/total, the last pid.
awk '{ print NF; print ($4 ~ /^[0-9]+\/[0-9]+$/) ? "running/total" : "bad" }' /proc/loadavg
