# shell: sh
# stat -f on tmpfs names the type.
stat -f -c '%T' /tmp
stat -f -c '%T' /proc
