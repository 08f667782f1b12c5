# shell: sh
# /proc/self/status has Linux's field names in Linux's order for the first lines.
cut -d: -f1 /proc/self/status | head -n 9
