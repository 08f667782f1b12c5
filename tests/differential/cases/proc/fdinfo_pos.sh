# shell: sh
# /proc/self/fdinfo/N shows the file offset as pos.
printf 'abcdef' > /tmp/f
exec 3</tmp/f
head -n 1 /proc/$$/fdinfo/3
dd bs=1 count=2 <&3 2>/dev/null; echo
head -n 1 /proc/$$/fdinfo/3
exec 3<&-
