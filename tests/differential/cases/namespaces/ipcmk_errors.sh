# shell: sh
# ipcmk without a resource, and with sizes the kernel refuses.
unshare -i sh -c "ipcmk; echo \$?; ipcmk -M 0; echo \$?; ipcmk -S 0; echo \$?"
