# shell: sh
# --mount-proc gives the new pid namespace its own /proc.
unshare -fp --mount-proc sh -c "ls /proc > /tmp/l; grep -c ^[0-9] /tmp/l; [ -r /proc/1/status ] && echo has pid 1"
