# shell: sh
# ping -s: the largest datagram that fits IP, a local error just past it (+1 errors), the option range 0..INT_MAX
ping -c1 -W1 -s 65507 127.0.0.1 | sed 's/time=[0-9.]* ms/time=T ms/; s/time [0-9]*ms/time Tms/; s/= [0-9.\/]* ms/= X ms/'; echo rc=$?
ping -c1 -W1 -s 65510 127.0.0.1 2>&1 | sed 's/time [0-9]*ms/time Tms/'
ping -c1 -s 9999999999 127.0.0.1; echo rc=$?
ping -c1 -s -1 127.0.0.1; echo rc=$?
ping -c1 -s abc 127.0.0.1; echo rc=$?
