# shell: sh
# find -maxdepth 0 tests only the start point; -depth orders children first.
mkdir -p /tmp/w/a/b && cd /tmp/w
find a -maxdepth 0
find a -depth
