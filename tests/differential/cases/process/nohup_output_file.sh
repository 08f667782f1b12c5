# shell: sh
# nohup with stdout not a terminal keeps it; with no command it fails.
cd /tmp
nohup echo hi > out 2>err; echo "status $?"; cat out; cat err
nohup; echo "status $?"
nohup nosuch-cmd 2>&1; echo "status $?"
