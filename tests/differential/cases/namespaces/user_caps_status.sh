# shell: sh
# Capabilities in /proc/PID/status: full for root in a user namespace, none once an unmapped uid execs.
unshare -r grep -E "^Cap(Prm|Eff)" /proc/self/status
unshare -U grep -E "^Cap(Prm|Eff)" /proc/self/status
