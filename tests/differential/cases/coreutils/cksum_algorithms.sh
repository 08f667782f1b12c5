# shell: sh
# cksum -a picks sysv/bsd/crc and digests; --untagged; sum -r/-s.
cd /tmp
printf 'hello\n' > h; seq 10000 > big
cksum h big; cksum < h
cksum -a sysv h; cksum -a bsd h; cksum -a md5 h; cksum -a sha1 --untagged h
sum h; sum -s big; sum < h; sum -s h big
cksum -a foo h; echo "status $?"
