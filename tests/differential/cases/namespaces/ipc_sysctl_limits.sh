# shell: sh
# /proc/sys/kernel's IPC limits belong to the IPC namespace: root changes them with range checks, ipcs -l reads them, a new namespace starts from the defaults.
k=/proc/sys/kernel
cat $k/msgmni $k/msgmax $k/msgmnb $k/sem $k/shmmni $k/shmmax $k/shmall $k/shm_rmid_forced
unshare -i sh -c '
k=/proc/sys/kernel
w() { /bin/echo "$1" > $k/$2 && echo "$2 := $1"; }
w 100 msgmni; w 40000 msgmni; w x msgmni; w -5 msgmni; w 0x10 msgmax; w 12abc msgmnb
w "1 2 3 40000" sem; w "5 6" sem; w "250 32000 32 128" sem
w -1 shmmax; w 1048577 shmmax; w 1000 shmall; w 32769 shmmni; w 2 shm_rmid_forced
cat $k/msgmni $k/msgmax $k/sem $k/shmmax $k/shmall
ipcs -l
ipcs -l -m -b
unshare -i cat $k/msgmni $k/sem
'
echo "host still: $(cat $k/msgmni)"
su nobody -s /bin/sh -c '/bin/echo 5 > /proc/sys/kernel/msgmni' 2>/dev/null || echo "nobody may not write the host's msgmni"
su nobody -s /bin/sh -c 'unshare -r -i sh -c "ls -ln /proc/sys/kernel/msgmni | cut -d\" \" -f1,3,4; /bin/echo 5 > /proc/sys/kernel/msgmni; ipcs -l -q | grep queues"'
