# shell: sh
# nsenter into a running unshare: -u/-n by --target, --uts=FILE and -uFILE forms, namespaces not entered (same ones), -S/-G, --wd, -F, a missing program
unshare -un sh -c 'hostname inner; exec sleep 5' &
for i in 1 2 3 4 5 6 7 8 9 10; do P=$(pgrep -x sleep | head -1); [ -n "$P" ] && break; sleep 0.2; done
nsenter -t $P -u hostname
nsenter -t $P -n ip -br link
nsenter -t $P --uts --net sh -c 'hostname; ip -o link | wc -l'
nsenter --target $P --uts=/proc/$P/ns/uts hostname
nsenter -u/proc/$P/ns/uts hostname
nsenter -t $P -p true; echo rc=$?
nsenter -t $P -i true; echo rc=$?
nsenter -t $P -U true; echo rc=$?
nsenter -t $P -S 0 -G 0 -u id -u; echo rc=$?
nsenter -t $P -u --wd=/tmp pwd
nsenter -F -t $P -u true; echo rc=$?
nsenter -t $P -u -- /nonexist; echo rc=$?
{ kill $P; wait; } 2>/dev/null
