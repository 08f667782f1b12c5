# shell: sh
# With SIGPIPE ignored, the writer gets EPIPE, reports it and fails.
sh -c 'trap "" PIPE; yes 2>/tmp/err | head -n 1; echo "status $?"'
cat /tmp/err
sh -c 'trap "" PIPE; { yes; echo "yes status $?" >&2; } 2>/tmp/err2 | head -n 1 >/dev/null'
cat /tmp/err2
