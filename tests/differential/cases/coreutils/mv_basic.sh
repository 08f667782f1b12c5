# shell: sh
# mv renames, moves into a directory, replaces a file.
mkdir /tmp/w && cd /tmp/w && mkdir d
echo 1 > a; mv a b; ls
mv b d/; ls d
echo 2 > c; echo 3 > e; mv c e; cat e; ls
mv -v e d/e2
