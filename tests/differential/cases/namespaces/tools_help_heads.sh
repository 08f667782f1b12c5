# shell: sh
# The usage lines of nsenter, lsns, ipcs, ipcrm, ipcmk.
nsenter --help | head -n 3
lsns --help | head -n 3
ipcs --help | head -n 3
ipcrm --help | head -n 4
ipcmk --help | head -n 3
