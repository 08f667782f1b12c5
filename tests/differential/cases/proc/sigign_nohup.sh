# shell: sh
# nohup leaves SIGHUP ignored in the command it runs.
nohup sh -c 'm=$(awk "/^SigIgn/ {print \$2}" /proc/self/status); [ $(( 0x$m & 1 )) -eq 1 ] && echo "HUP ignored"' 2>/dev/null >/tmp/o; cat /tmp/o
