# shell: sh
# ipcs -i shows one object in detail (times and pids masked).
unshare -i sh -c "ipcmk -Q -p 600 >/dev/null; ipcmk -S 2 >/dev/null; ipcmk -M 64 >/dev/null; ipcs -q -i 0 | grep -v _time; ipcs -s -i 0 | grep -v time; ipcs -m -i 0 | grep -v _time | sed s/cpid=[0-9]*/cpid=P/; ipcs -m -i 7"
