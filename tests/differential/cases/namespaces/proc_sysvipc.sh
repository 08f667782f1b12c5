# shell: sh
# /proc/sysvipc/{shm,msg,sem}: headers, one line per object in Linux's column format (pids, keys, times masked).
unshare -i sh -c '
ipcmk -M 4096 >/dev/null; ipcmk -Q >/dev/null; ipcmk -S 3 -p 600 >/dev/null
for f in shm msg sem; do
  sed -n 1p /proc/sysvipc/$f
  sed -n 2p /proc/sysvipc/$f | sed "s/^ *-*[0-9]*//" | wc -c
  sed -n 2p /proc/sysvipc/$f | sed "s/^ *//" | tr -s " " | cut -d" " -f2-4
done
ls -l /proc/sysvipc | cut -c1-10
'
