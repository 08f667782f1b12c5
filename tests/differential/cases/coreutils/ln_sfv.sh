# shell: sh
# ln -s, -sf, -sfv, -v, ln errors, ln into a dir, -n on dir symlink.
mkdir /tmp/w && cd /tmp/w && touch a b && mkdir d
ln -sv a la
ln -s b la; echo "rc=$?"
ln -sfv b la; readlink la
ln -v a ha; stat -c '%h' a
ln a ha; echo "rc=$?"
ln -s /tmp/w/a d/; ls -l d | awk 'NR>1{print $9, $10, $11}'
ln -s d ld; ln -sfn a ld; readlink ld
ln nope x; echo "rc=$?"
ln d hd; echo "rc=$?"
