# shell: sh
# cp/mv to a missing path with a trailing slash fail: not a directory.
mkdir /tmp/w && cd /tmp/w && touch f
cp f nodir/; echo "status $?"
mv f nodir/; echo "status $?"
