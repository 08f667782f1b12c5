# shell: sh
# ls -ld of /tmp (sticky), / and a mode-700 dir; stat -c %A of the same.
ls -ld /tmp | cut -d' ' -f1
stat -c '%A %a %U' /tmp /
mkdir /tmp/p && chmod 700 /tmp/p && ls -ld /tmp/p | awk '{print $1, $3, $4}'
