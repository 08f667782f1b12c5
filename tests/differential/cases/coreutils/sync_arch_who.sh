# shell: sh
# sync, arch, logname, users and who in a host with no logins.
sync; echo "sync $?"
sync /nonexistent; echo "status $?"
arch | grep -c .
logname; echo "logname $?"
users; echo "users $?"
who; echo "who $?"
who -q
