# shell: sh
# rmdir -p removes a chain of empty directories; -v reports.
cd /tmp && mkdir -p a/b/c
rmdir -pv a/b/c
[ -e a ] || echo "all gone"
