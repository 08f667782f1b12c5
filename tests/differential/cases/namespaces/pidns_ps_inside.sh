# shell: sh
# In unshare -fp --mount-proc the shell is pid 1 and ps sees only the namespace's processes.
unshare -fp --mount-proc sh -c 'echo $$; ps -o pid,ppid,comm; cat /proc/1/comm; grep NSpid /proc/self/status | wc -w'
unshare -fp --mount-proc sh -c 'sleep 100 & i=0; while [ "$(cat /proc/2/comm)" != sleep ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i+1)); done; ps -e -o comm= ; kill %1 2>/dev/null; exit 0'
