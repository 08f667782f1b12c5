# shell: sh
# truncate sets sizes; dd copies blocks and reports records.
cd /tmp
truncate -s 100 f; stat -c %s f
truncate -s -50 f; stat -c %s f
truncate -s +10 f; stat -c %s f
dd if=/dev/zero of=z bs=512 count=3 2>&1 | head -n 2
stat -c %s z
printf 'abcdef' | dd bs=1 skip=2 count=3 2>/dev/null; echo
