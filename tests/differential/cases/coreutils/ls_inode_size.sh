# shell: sh
# ls -s block counts and -h human sizes on tmpfs.
mkdir /tmp/w && cd /tmp/w
head -c 5000 /dev/zero > f5k; head -c 2000000 /dev/zero > f2m; : > e
touch -d '2020-01-01' f5k f2m e
ls -s
ls -lh | sed 1d
