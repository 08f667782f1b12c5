# shell: sh
# sum's block counts: BSD 1 KiB blocks rounded up, System V 512-byte blocks.
cd /tmp
printf '' > e; head -c 1025 /dev/zero > k; head -c 513 /dev/zero > s
sum e k s; sum -s e k s; printf '' | sum; printf '' | sum -s
cksum e; printf '' | cksum
