# shell: sh
# mktemp creates a unique file (mode 600) or dir (700) from a template.
f=$(mktemp /tmp/x.XXXXXX); stat -c '%a %F' "$f"
case $f in /tmp/x.??????) echo "name matches template";; esac
d=$(mktemp -d /tmp/dXXX); stat -c '%a %F' "$d"
mktemp /tmp/bad; echo "status $?"
t=$(mktemp); case $t in /tmp/tmp.*) echo "default in /tmp/tmp.*";; esac
