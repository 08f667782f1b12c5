# shell: sh
# ipcmk makes objects; ipcs lists them (random keys masked).
unshare -i sh -c "ipcmk -Q; ipcmk -M 4096; ipcmk -S 3; ipcmk -Q -p 600; ipcs | sed s/^0x[0-9a-f]*/KEY/"
