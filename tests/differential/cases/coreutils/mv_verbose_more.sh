# shell: sh
# mv -v messages for a rename, into a dir, several files; mv -n, mv errors.
mkdir /tmp/w && cd /tmp/w && touch a b c && mkdir d
mv -v a x
mv -v b c d
ls d
mv -v d e
touch y; echo keep > z; mv -n y z; cat z; ls y
mv nope q; echo "rc=$?"
mv e e/sub; echo "rc=$?"
mv x; echo "rc=$?"
