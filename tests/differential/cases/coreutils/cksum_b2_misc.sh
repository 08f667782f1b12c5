# shell: sh
# sha256sum of stdin and files with - name, --tag, binary flag, -c of a tagged line.
cd /tmp && printf 'data' > f
sha256sum f
sha256sum - < f
sha256sum --tag f
sha256sum --tag f > t; sha256sum -c t
md5sum -b f
md5sum --tag f
