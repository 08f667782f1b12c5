# shell: sh
# mv -b into a directory backs up the replaced file there.
mkdir -p /tmp/w/d && cd /tmp/w
echo old > d/f; echo new > f
mv -b f d; ls d; cat d/f d/f~
echo newer > f; mv --backup=t -v f d
ls d
