# shell: sh
# setsid -w waits and returns the command's status.
setsid -w sh -c 'exit 6'; echo "status $?"
