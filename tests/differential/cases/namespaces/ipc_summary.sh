# shell: sh
# ipcs -u counts what is allocated.
unshare -i sh -c "ipcmk -Q >/dev/null; ipcmk -M 10000 >/dev/null; ipcmk -S 4 >/dev/null; ipcs -u"
