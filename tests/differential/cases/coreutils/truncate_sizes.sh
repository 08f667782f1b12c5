# shell: sh
# truncate -s with K, M, +, -, and sizes checked by stat.
cd /tmp && truncate -s 1K a && stat -c %s a
truncate -s +100 a && stat -c %s a
truncate -s -24 a && stat -c %s a
truncate -s 1M b && stat -c %s b
truncate -s 0 b && stat -c %s b
