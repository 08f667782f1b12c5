# shell: sh
# rmdir -p, -v, --ignore-fail-on-non-empty, rmdir of a file and missing dir.
mkdir -p /tmp/w/a/b/c && cd /tmp/w
rmdir -pv a/b/c
mkdir -p n/m && touch n/f
rmdir --ignore-fail-on-non-empty n; echo "rc=$?"
rmdir n; echo "rc=$?"
touch f; rmdir f; echo "rc=$?"
rmdir nope; echo "rc=$?"
