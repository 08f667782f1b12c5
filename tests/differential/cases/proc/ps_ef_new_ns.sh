# shell: sh
# ps -ef columns in a fresh pid namespace (times masked).
unshare --pid --fork --mount-proc sh -c 'sleep 5 & ps -ef | sed "s/[0-9][0-9]:[0-9][0-9]/HH:MM/; s/  *\(pts\/[0-9]*\|?\)  */ TTY /"; kill $!'
