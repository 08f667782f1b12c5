# shell: sh
# stat with one missing file among several; status 1.
cd /tmp && touch a
stat -c %n a nope a; echo "status $?"
