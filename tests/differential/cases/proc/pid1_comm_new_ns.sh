# shell: sh
# In a new PID namespace with its own /proc, /proc/1 is the forked shell.
unshare --pid --fork --mount-proc sh -c 'cat /proc/1/comm; tr "\0" " " < /proc/1/cmdline; echo; ls -d /proc/[0-9]*'
