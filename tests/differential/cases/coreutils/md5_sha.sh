# shell: sh
# md5sum, sha1sum, sha256sum of fixed content; -c checks.
cd /tmp && printf 'hello\n' > f
md5sum f
sha1sum f
sha256sum f
printf 'abc' | md5sum
md5sum f > sums; md5sum -c sums
echo changed > f; md5sum -c sums; echo "status $?"
