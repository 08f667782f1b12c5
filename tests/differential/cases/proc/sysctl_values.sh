# shell: sh
# /proc/sys/kernel/ostype, and the pid_max number.
cat /proc/sys/kernel/ostype
grep -cE '^[0-9]+$' /proc/sys/kernel/pid_max
