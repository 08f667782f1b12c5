# shell: sh
# Each flag gives a new namespace of its kind only.
for t in uts ipc net; do
  a=$(readlink /proc/self/ns/$t)
  b=$(unshare --$t readlink /proc/self/ns/$t)
  [ "$a" != "$b" ] && echo "$t differs"
done
[ "$(readlink /proc/self/ns/uts)" = "$(unshare -n readlink /proc/self/ns/uts)" ] && echo "uts shared with -n"
