# shell: sh
# truncate needs a size, a valid number and a writable file.
cd /tmp
truncate f; echo "status $?"
truncate -s x f; echo "status $?"
truncate -s 10 /nodir/x; echo "status $?"
truncate -s 10 /tmp; echo "status $?"
truncate -s 10; echo "status $?"
