# shell: sh
# /bin/echo (coreutils): -n, -e, -E; no escapes by default.
/bin/echo 'a\tb'
/bin/echo -e 'a\tb'
/bin/echo -n x; /bin/echo y
/bin/echo -- -n
/bin/echo -e 'stop\cnot shown'; /bin/echo
