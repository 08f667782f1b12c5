# shell: sh
# mv --backup=numbered/existing/simple, -S suffix, VERSION_CONTROL, -v.
mkdir /tmp/w && cd /tmp/w
echo 1 > a; echo 2 > b; mv -bv a b
echo 3 > a; mv --backup=numbered -v a b; ls
echo 4 > a; mv --backup=existing a b; ls
echo 5 > c; echo 6 > d; mv --backup=existing c d; ls
echo 7 > e; VERSION_CONTROL=numbered mv -b e b; ls
echo 8 > g; mv -b --suffix=X g d; ls
