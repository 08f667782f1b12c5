# shell: sh
# nsenter -a enters every namespace the target has that differs.
unshare -u -i -n sh -c "hostname allns; sleep 5" & sleep 0.5
t=$!
for n in uts ipc net; do
  [ "$(nsenter -t $t -a readlink /proc/self/ns/$n)" = "$(readlink /proc/$t/ns/$n)" ] && echo "$n entered"
done
nsenter -t $t -a hostname
kill $t
