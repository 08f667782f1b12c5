# shell: sh
# ps in a fresh PID namespace sees only its own processes.
unshare --pid --fork --mount-proc sh -c 'ps -e -o pid=,ppid=,comm=; true'
