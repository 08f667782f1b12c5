# shell: bash
# ulimit -n sets both limits, -Sn/-Hn one; "hard" names the hard limit; errors as bash words them.
ulimit -n 512
ulimit -n; ulimit -Sn; ulimit -Hn
ulimit -Sn 100
ulimit -n; ulimit -Hn
ulimit -Sn hard; ulimit -Sn
ulimit -Hn 50; echo "status $?"
ulimit -n 64
ulimit -n -Hn
ulimit -n abc; echo "status $?"
ulimit -z; echo "status $?"
ulimit -p 4; echo "status $?"
setpriv --reuid=65534 --regid=65534 --clear-groups bash -c 'ulimit -n 40; ulimit -n 100; echo "status $?"; ulimit -Hn unlimited; ulimit -Sn 30; ulimit -Sn 40; echo "soft back up $?"'
