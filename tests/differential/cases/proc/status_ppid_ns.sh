# shell: sh
# In a new PID namespace, PPid of pid 1 is 0 and of its child is 1.
unshare --pid --fork --mount-proc sh -c 'grep PPid /proc/1/status; sh -c "grep -E \"^(Pid|PPid)\" /proc/\$\$/status; true"; true'
