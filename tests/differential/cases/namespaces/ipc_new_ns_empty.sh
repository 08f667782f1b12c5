# shell: sh
# A new IPC namespace starts with no System V objects.
unshare -i ipcs
