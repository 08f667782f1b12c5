# shell: sh
# yes with SIGPIPE ignored reports 'standard output: Broken pipe' and exits 1.
sh -c 'trap "" PIPE; { yes; echo "status $?" >&2; } 2>&1 | head -n 1'
sh -c 'trap "" PIPE; yes x 2>/tmp/e | head -n 2'; cat /tmp/e
