# shell: sh
# Opening /proc of a pid that does not exist fails with ENOENT.
cat /proc/999999/status; echo "status $?"
ls /proc/999999; echo "status $?"
