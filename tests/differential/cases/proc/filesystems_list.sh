# shell: sh
# /proc/filesystems names proc, tmpfs and cgroup2 as nodev filesystems.
grep -E '	(proc|tmpfs|cgroup2|sysfs|overlay)$' /proc/filesystems | sort
