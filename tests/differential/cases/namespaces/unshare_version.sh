# shell: sh
# unshare -V names util-linux.
unshare -V
