# shell: sh
# truncate -o counts in I/O blocks; shrinking below zero gives 0.
cd /tmp
truncate -s 2 f; stat -c %s f
truncate -s -100 f; stat -c %s f
truncate -s 1M f; stat -c %s f
truncate -s 5 a b; stat -c '%n %s' a b
