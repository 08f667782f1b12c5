# shell: bash
# dash's ulimit: one resource, the last letter wins, its own -a table and messages.
dash -c 'ulimit -n 40; ulimit -n; ulimit -Hn; ulimit -t -n
ulimit -Hn 10; echo "status $?"'
setpriv --reuid=65534 --regid=65534 --clear-groups dash -c 'ulimit -n 40; ulimit -n 100; echo "status $?"'
dash -c 'ulimit -n abc; echo "status $?"'
dash -c 'ulimit -n 5 6; echo "status $?"'
dash -c 'ulimit -z; echo "status $?"'
dash -c 'ulimit -p 300 -n 200 -s 4096 -l 64; ulimit -p 300; ulimit -n 200; ulimit -s 4096; ulimit -l 64; ulimit -a'
