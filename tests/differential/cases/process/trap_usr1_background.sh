# shell: sh
# A trap on USR1 fires when a background job signals the shell; wait is interrupted.
trap 'echo got USR1' USR1
sh -c 'kill -USR1 $PPID'
wait
echo done
