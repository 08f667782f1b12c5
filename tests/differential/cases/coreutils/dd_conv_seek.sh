# shell: sh
# dd conv=sync/swab/lcase, skip/seek with notrunc, iflag=skip_bytes,count_bytes.
cd /tmp
printf 'abc' | dd conv=sync bs=5 2>/dev/null | od -c
printf 'abcdefgh' | dd bs=3 count=2 skip=1 2>/dev/null; echo
printf 'xyz' > o; printf 'A' | dd of=o bs=1 seek=1 conv=notrunc 2>/dev/null; cat o; echo
printf 'A' | dd of=o bs=1 seek=1 2>/dev/null; cat o; echo
printf 'abcdef' | dd iflag=skip_bytes,count_bytes skip=1 count=3 2>/dev/null; echo
printf 'ab' | dd conv=swab 2>/dev/null; echo
printf 'MiXeD' | dd conv=lcase 2>/dev/null; echo
