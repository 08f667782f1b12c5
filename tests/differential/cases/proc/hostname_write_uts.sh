# shell: sh
# Writing /proc/sys/kernel/hostname sets the hostname of the UTS namespace.
echo lab-host > /proc/sys/kernel/hostname
hostname
uname -n
