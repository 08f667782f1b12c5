# shell: sh
# Objects of one IPC namespace are not seen from another.
unshare -i sh -c "ipcmk -Q >/dev/null; ipcs -q | tail -n +4 | wc -l; unshare -i ipcs -q | tail -n +4 | wc -l"
