# shell: sh
# awk fields, -F single char, regex FS, tab, $NF, NF, NR, FNR with two files, OFS.
cd /tmp && printf 'root:x:0:0:root:/root:/bin/bash\nbin:x:2:2:bin:/bin:/usr/sbin/nologin\n' > p
awk -F: '{print $1, $NF}' p
awk -F: '{print NR": "$1" has "NF" fields"}' p
awk -F: -v OFS=- '{$1=$1; print}' p
awk 'BEGIN{FS=":"} $3 > 1 {print $1}' p
echo 'a1b2c3' | awk -F'[0-9]' '{print $2, NF}'
printf 'x\ty z\n' | awk -F'\t' '{print $2}'
awk '{print FILENAME, FNR, NR}' p p
echo '  lead  trail  ' | awk '{print "[" $1 "]", NF}'
echo 'a b c' | awk '{print $(NF-1)}'
echo 'a b c' | awk '{$5="e"; print; print NF}'
