# shell: sh
# du -s on tmpfs counts 4K pages; du -a lists files.
mkdir -p /tmp/w/d && cd /tmp/w
head -c 10000 /dev/zero > d/f; head -c 100 /dev/zero > g
du -a . | sort -k2
du -s d
du -sh d
du -sb d
