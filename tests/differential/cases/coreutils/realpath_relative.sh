# shell: sh
# realpath, --relative-to, --relative-base, -s, -m, -e and errors.
mkdir -p /tmp/w/a/b /tmp/w/c && cd /tmp/w && touch a/b/f && ln -s a/b lb
realpath lb/f
realpath -s lb/f
realpath --relative-to=/tmp/w/c a/b/f
realpath --relative-to=a a/b/f
realpath --relative-to=/ /tmp/w
realpath --relative-base=/tmp/w a/b/f /usr
realpath -m nope/x/..
realpath nope/x; echo "rc=$?"
realpath -e nope; echo "rc=$?"
realpath . ..
