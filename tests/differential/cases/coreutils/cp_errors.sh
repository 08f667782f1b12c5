# shell: sh
# cp errors: missing source, directory without -r, target not a directory.
mkdir /tmp/w && cd /tmp/w && mkdir d && touch f g
cp nope x; echo "status $?"
cp d x; echo "status $?"
cp f g nodir; echo "status $?"
cp f f; echo "status $?"
