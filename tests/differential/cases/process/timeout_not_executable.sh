# shell: sh
# timeout of a file that is not executable exits 126, of a missing one 127.
printf 'echo hi\n' > /tmp/noexec; chmod 644 /tmp/noexec
timeout 1 /tmp/noexec; echo "status $?"
timeout 1 /tmp/missing; echo "status $?"
