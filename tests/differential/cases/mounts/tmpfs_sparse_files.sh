# shell: bash
# tmpfs files with holes: truncate and seek past the end allocate nothing, du/stat/df see only written pages, cp keeps holes.
mkdir /tmp/m && mount -t tmpfs -o size=1M t /tmp/m && cd /tmp/m
truncate -s 100M f; du -k f; ls -ls f | cut -d' ' -f1,6; od -An -c -j 1000000 -N 4 f
dd if=/dev/zero of=h bs=1 count=1 seek=10M 2>/dev/null; du -k h; stat -c '%s %b' h
printf abc > g; truncate -s 10000 g; stat -c '%s %b' g; truncate -s 2 g; truncate -s 5 g; od -An -c g
head -c 600000 /dev/zero > big; du -k big; head -c 600000 /dev/zero > big2; echo rc=$?; du -k big2
df -k . | tail -1 | awk '{print $2, $3}'
rm big big2; df -k . | tail -1 | awk '{print $2, $3}'
cp --sparse=always f f2 2>&1; du -k f2
