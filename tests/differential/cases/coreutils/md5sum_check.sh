# shell: sh
# md5sum and sha256sum, -c with OK/FAILED lines, --quiet, --status, missing files.
cd /tmp && printf 'abc' > a && printf 'hello\n' > b
md5sum a b
sha256sum a b | tee sums
sha256sum -c sums
echo changed > b
sha256sum -c sums; echo "rc=$?"
sha256sum -c --quiet sums; echo "rc=$?"
sha256sum -c --status sums; echo "rc=$?"
rm a; md5sum -c sums 2>&1; echo "rc=$?"
echo garbage > bad; md5sum -c bad; echo "rc=$?"
printf abc | md5sum
printf abc | sha1sum
printf abc | sha512sum | cut -c1-32
md5sum nope; echo "rc=$?"
