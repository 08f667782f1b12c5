# shell: bash
# sysctl -p FILE applies "key = value" lines (comments, bad lines, unknown keys), -q, -e, --load=, a missing file.
unshare -n bash -c '
printf "# comment\n; other\nnet.ipv4.ip_forward = 1\n  net.ipv4.conf.all.forwarding=0\nnosuch.key = 3\nbad line\n" > /tmp/s.conf
sysctl -p /tmp/s.conf; echo rc=$?
sysctl -q -p /tmp/s.conf; echo rc=$?
sysctl -e -p /tmp/s.conf; echo rc=$?
sysctl --load=/tmp/s.conf 2>/dev/null; echo rc=$?
sysctl -p /nonexistent; echo rc=$?
printf "net.ipv4.ip_forward=0\n" > /tmp/t.conf; sysctl -p /tmp/t.conf; sysctl -n net.ipv4.ip_forward
' 2>&1
