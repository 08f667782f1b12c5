# shell: sh
# /proc/stat starts with an aggregate cpu line of 10 numbers, then cpuN lines, and has btime.
head -1 /proc/stat | awk '{ print $1, NF - 1 }'
grep -c '^cpu[0-9]' /proc/stat | awk '{ print ($1 >= 1) ? "per-cpu lines" : "none" }'
grep -oE '^(btime|processes|procs_running|procs_blocked|ctxt|intr|softirq)' /proc/stat
