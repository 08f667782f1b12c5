# shell: sh
# ls -r reverse, -S size, -t mtime, -X extension, -U unsorted count.
mkdir /tmp/w && cd /tmp/w
printf 1 > a.txt; printf 123 > b.c; printf 12 > c.txt
touch -d '2020-01-03' a.txt; touch -d '2020-01-01' b.c; touch -d '2020-01-02' c.txt
ls -r
ls -S
ls -t
ls -tr
ls -X
