# shell: sh
# sed a, i, c (one-line GNU forms and POSIX backslash forms), y, multiple commands with ;.
printf 'one\ntwo\nthree\n' > /tmp/t
sed '2a after two' /tmp/t
sed '2i before two' /tmp/t
sed '2c changed' /tmp/t
sed '/three/a\
appended' /tmp/t
sed '$a END' /tmp/t
sed '1i\  indented' /tmp/t
sed 'y/abcdefghijklmnopqrstuvwxyz/ABCDEFGHIJKLMNOPQRSTUVWXYZ/' /tmp/t
sed '1d;3d' /tmp/t
sed -n '/two/{p;p}' /tmp/t
sed '2,3c\
both' /tmp/t
