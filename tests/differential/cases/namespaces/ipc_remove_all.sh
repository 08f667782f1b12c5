# shell: sh
# ipcrm -a removes everything; --all=shm only segments.
unshare -i sh -c "ipcmk -Q >/dev/null; ipcmk -M 8 >/dev/null; ipcrm --all=shm; ipcs -q -m | grep -c ^0x; ipcrm -a; ipcs | grep -c ^0x"
