# shell: sh
# ss -xl shows a unix listener with its path (inode masked).
nc -lU /tmp/s2 >/dev/null & sleep 0.5
ss -xl | sed -E "s/ [0-9]{3,} +/ INO /; s/:Port +Peer/:Port Peer/; s/ +$//"
rm -f /tmp/s2; kill $!
