# shell: sh
# find -maxdepth, -mindepth, -size +/-/units, -empty, -depth order.
mkdir -p /tmp/w/a/b/c && cd /tmp/w
head -c 2000 /dev/zero > a/big; : > a/zero; head -c 10 /dev/zero > a/b/small; mkdir a/emptydir
find . -maxdepth 1 | sort
find . -maxdepth 2 -type d | sort
find . -mindepth 3 | sort
find . -size +1k
find . -type f -size -1k | sort
find . -size 10c
find . -empty | sort
find . -type f -empty
find a/b -depth
find . -size +1M; echo "rc=$?"
