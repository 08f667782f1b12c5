# shell: sh
# hostname sets and prints the UTS name in a new namespace.
unshare --uts sh -c 'hostname vlab-test; hostname; cat /proc/sys/kernel/hostname; uname -n'
