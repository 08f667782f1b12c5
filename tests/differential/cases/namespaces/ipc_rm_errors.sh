# shell: sh
# ipcrm reports bad ids and keys and exits 1.
unshare -i sh -c "ipcmk -Q >/dev/null; ipcrm -q 0; echo \$?; ipcrm -q 0; echo \$?; ipcrm -Q 0x1; echo \$?; ipcrm -m abc; echo \$?; ipcrm -a msg; echo \$?"
