# shell: sh
# /proc/PID/ns links across a chain: a child inherits, an unshared type differs, the rest stay.
l() { readlink /proc/$1/ns/$2; }
me=$$
unshare -u -i sh -c '
for t in uts ipc net mnt pid user cgroup; do
  if [ "$(readlink /proc/self/ns/$t)" = "$(readlink /proc/'$me'/ns/$t)" ]; then echo "$t same"; else echo "$t new"; fi
done
sh -c "[ \$(readlink /proc/self/ns/uts) = \$(readlink /proc/\$PPID/ns/uts) ] && echo grandchild shares uts"
echo end'
unshare -p -f sh -c 'readlink /proc/self/ns/pid_for_children | sed "s/[0-9][0-9]*/N/"; [ "$(readlink /proc/self/ns/pid)" = "$(readlink /proc/self/ns/pid_for_children)" ] && echo pid same as children'
unshare -p sh -c 'true' 2>&1; echo rc=$?
