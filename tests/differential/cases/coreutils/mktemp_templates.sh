# shell: sh
# mktemp -d, templates, -p, --suffix, -t, -u, errors; names masked.
cd /tmp
f=$(mktemp); case $f in /tmp/tmp.??????????) echo file-ok;; *) echo "bad $f";; esac; test -f "$f" && stat -c %a "$f"
d=$(mktemp -d); case $d in /tmp/tmp.??????????) echo dir-ok;; esac; test -d "$d" && stat -c %a "$d"
f=$(mktemp foo.XXXX); case $f in foo.????) echo tpl-ok;; esac
f=$(mktemp -p /tmp/$(basename $d) barXXXXXX); echo "$f" | sed 's/X*[A-Za-z0-9]\{6\}$/SUFFIX/' | sed 's/tmp\.[A-Za-z0-9]*/tmp.D/'
f=$(mktemp --suffix=.txt XXXXX); case $f in ?????.txt) echo suffix-ok;; esac
f=$(mktemp -u); test -e "$f" || echo dry-run-ok
mktemp foo.XX; echo "rc=$?"
mktemp /nope/XXXXXX; echo "rc=$?"
