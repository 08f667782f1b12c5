# shell: sh
# With SIGPIPE ignored, the writer gets EPIPE and reports it.
sh -c 'trap "" PIPE; yes | head -n 1; echo "status $?"'
sh -c 'trap "" PIPE; yes | head -n 1 >/dev/null' 2>&1 | cat
