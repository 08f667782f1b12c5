# shell: sh
# chmod u+s g+s +t, ls shows s/S/t/T, stat %A and %a.
mkdir /tmp/w && cd /tmp/w && touch f && mkdir d
chmod 644 f; chmod u+s f; stat -c '%A %a' f
chmod u+x f; stat -c '%A %a' f
chmod g+s f; stat -c '%A %a' f
chmod 755 d; chmod +t d; stat -c '%A %a' d
chmod o-x d; stat -c '%A %a' d
chmod 4755 f; stat -c '%A' f
chmod u-s,g-s f; stat -c '%A %a' f
chmod 1777 d; ls -ld d | cut -c1-10
chmod 2775 d; stat -c '%A %a' d
