# shell: sh
# --mount-proc gives the new pid namespace its own /proc.
unshare -fp --mount-proc sh -c "ls /proc | grep -c ^[0-9]; cat /proc/1/comm"
