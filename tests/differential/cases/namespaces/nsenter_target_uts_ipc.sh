# shell: sh
# nsenter -t PID --uts --ipc (long flags) and -a on a process made by unshare -fp: pid 1 inside.
unshare -u -i -fp sh -c 'hostname tgt; ipcmk -Q >/dev/null; sleep 100' & u=$!
i=0; while ! pgrep -f "^sleep 100" >/dev/null && [ $i -lt 100 ]; do sleep 0.05; i=$((i+1)); done
t=$(pgrep -f "^sleep 100")
nsenter --target $t --uts hostname
nsenter --target $t --ipc ipcs -q | grep -c 0x
nsenter -t $t -p -r -F sh -c 'readlink /proc/self/ns/pid' | sed 's/[0-9][0-9]*/N/'
