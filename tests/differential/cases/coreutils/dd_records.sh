# shell: sh
# dd counts full and partial records for bs, ibs/obs and pipes.
printf 'abcdefgh' | dd bs=3 2>&1 >/dev/null | head -n 2
printf 'abc' | dd ibs=1 obs=2 2>&1 >/dev/null | head -n 2
dd if=/dev/zero bs=1k count=2 of=/dev/null 2>&1 | head -n 2
seq 100 > /tmp/s; dd if=/tmp/s ibs=7 obs=3 count=2 2>&1 | head -n 3; echo
dd if=/dev/zero count=1 status=noxfer 2>&1 >/dev/null
