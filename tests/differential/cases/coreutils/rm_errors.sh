# shell: sh
# rm errors: missing file, directory without -r, -f quiet, rmdir non-empty.
mkdir /tmp/w && cd /tmp/w && mkdir -p d/sub && touch d/f
rm nope; echo "status $?"
rm -f nope; echo "status $?"
rm d; echo "status $?"
rmdir d; echo "status $?"
rmdir nope; echo "status $?"
rm -r d; echo "status $?"; ls
