# shell: sh
# nsenter -n sees the devices of the target network namespace.
unshare -n sleep 5 & sleep 0.5
nsenter -t $! -n ip -br link | sed "s/ *$//"
kill $!
