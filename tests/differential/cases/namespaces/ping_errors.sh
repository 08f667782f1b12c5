# shell: sh
# ping usage errors and an unknown host.
ping; echo "status $?"
ping -c 0 127.0.0.1; echo "status $?"
ping -c 1 nosuchhost.invalid; echo "status $?"
