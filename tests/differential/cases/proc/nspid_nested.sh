# shell: sh
# NSpid in /proc/PID/status lists the pid in each pid namespace the proc mount can see, outermost first.
unshare --pid --fork sh -c 'grep "^NSpid:" /proc/self/status | awk "{print NF - 1, \$NF}"; true'
unshare --pid --fork --mount-proc sh -c 'grep "^NSpid:" /proc/self/status | awk "{print NF - 1, \$NF}"; true'
