# shell: sh
# hostname set in a new UTS namespace is seen inside only; the host's is unchanged.
before=$(hostname)
unshare -u sh -c 'hostname lab1; hostname; uname -n; cat /proc/sys/kernel/hostname'
[ "$(hostname)" = "$before" ] && echo host unchanged
unshare -u sh -c 'hostname ""' ; echo rc=$?
unshare -r -u sh -c 'hostname box && hostname'
