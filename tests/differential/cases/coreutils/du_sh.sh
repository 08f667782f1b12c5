# shell: sh
# du -sh, du -s -b, du -a on a tree; du -h of empty dir on tmpfs.
mkdir -p /tmp/w/a/b && cd /tmp/w
head -c 5000 /dev/zero > a/f; head -c 20000 /dev/zero > a/b/g
du -sb a
du -ab a | sort -k2
du -s --apparent-size --block-size=1 a
du -sh --apparent-size a
du -b --max-depth=1 . | sort -k2
du nope; echo "rc=$?"
