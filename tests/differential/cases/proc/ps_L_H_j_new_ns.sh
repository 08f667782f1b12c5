# shell: sh
# ps -L, -H and BSD j format in a fresh PID namespace.
unshare --pid --fork --mount-proc sh -c 'sleep 10 & ps -L; ps -L -o pid,lwp,nlwp,comm -p 1; ps -H -o pid,comm; ps axj; kill $!'
