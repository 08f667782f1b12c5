# shell: sh
# cp error messages: missing source, directory without -r, same file, into non-dir.
mkdir /tmp/w && cd /tmp/w && mkdir d && touch f
cp nope x; echo "rc=$?"
cp d e; echo "rc=$?"
cp f f; echo "rc=$?"
cp f d/../f; echo "rc=$?"
cp f g nonexistent_dir; echo "rc=$?"
cp f; echo "rc=$?"
cp; echo "rc=$?"
cp -r d d/sub; echo "rc=$?"
