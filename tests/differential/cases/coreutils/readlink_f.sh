# shell: sh
# readlink -f/-e/-m canonicalise paths through links and .. ; realpath.
mkdir -p /tmp/a/b && ln -s /tmp/a/b /tmp/l && ln -s .. /tmp/a/b/up
readlink -f /tmp/l/up/b/../b
readlink -f /tmp/l/nope
readlink -f /tmp/l/nope/deeper; echo "status $?"
readlink -e /tmp/l/nope; echo "status $?"
readlink -m /tmp/l/x/y/../z
readlink /tmp/a; echo "status $?"
readlink /tmp/l/up
realpath /tmp/l/up
