# shell: sh
# pstree in a fresh pid namespace: compacted, with pids, with arguments, from a pid; and its errors.
unshare -fp --mount-proc sh -c 'sleep 100 & sleep 100 & dash -c "sleep 50; :" & sleep 0.2; pstree; pstree -p; pstree -a 4; pstree -ap 4; pstree -p 2; pstree -n -p; pstree 99999; echo "missing pid $?"; pstree nosuchuser; echo "missing user $?"; pstree -x 2>&1 | head -1'
