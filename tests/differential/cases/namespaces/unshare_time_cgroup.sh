# shell: sh
# --time changes time_for_children; --cgroup the cgroup namespace.
[ "$(readlink /proc/self/ns/cgroup)" != "$(unshare -C readlink /proc/self/ns/cgroup)" ] && echo "cgroup differs"
unshare -T sh -c "[ \$(readlink /proc/\$\$/ns/time) != \$(readlink /proc/\$\$/ns/time_for_children) ] && echo time_for_children differs; [ \$(readlink /proc/self/ns/time) = \$(readlink /proc/\$\$/ns/time_for_children) ] && echo child in it"
