# shell: sh
# mv a dir over an empty dir, over a non-empty dir (error), file over dir (error), dir into itself.
mkdir /tmp/w && cd /tmp/w && mkdir a b c && touch a/f c/g && touch file
mv a b; ls b
mkdir x; mv -T b x; ls x
mv x c; ls c
mkdir c2 && touch c2/h; mkdir y; mv -T c2 c 2>&1; echo "rc=$?"
mv file c; ls c
mkdir z; mv -T z file; echo "rc=$?"
