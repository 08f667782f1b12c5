# shell: sh
# nsenter -t PID -u runs in the target UTS namespace.
unshare -u sh -c "hostname target; sleep 5" & sleep 0.5
nsenter -t $! -u hostname
kill $!
