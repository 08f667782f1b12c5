# shell: sh
# /bin/kill (procps) messages for a missing pid and a bad signal.
/bin/kill 99999; echo "status $?"
/bin/kill -s NOPE 1; echo "status $?"
/bin/kill -l 9; /bin/kill -l HUP
