# shell: sh
# nsenter -t PID with each namespace flag joins that namespace only.
unshare -u -i -n sh -c 'hostname inside; sleep 100' & u=$!
i=0; while [ "$(hostname)" = "$(nsenter -t $(pgrep -P $u sleep || echo $u) -u hostname 2>/dev/null)" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i+1)); done
t=$(pgrep -P $u sleep || echo $u)
nsenter -t $t -u hostname
for f in u i n; do
  case $f in u) ns=uts;; i) ns=ipc;; n) ns=net;; esac
  [ "$(nsenter -t $t -$f readlink /proc/self/ns/$ns)" = "$(readlink /proc/$t/ns/$ns)" ] && echo "-$f joins $ns"
  [ "$(nsenter -t $t -$f readlink /proc/self/ns/mnt)" = "$(readlink /proc/self/ns/mnt)" ] && echo "-$f keeps mnt"
done
nsenter -t $t -n ip -br link
nsenter -t $t -a hostname
kill $u 2>/dev/null; pkill -P $u; wait 2>/dev/null; echo done
