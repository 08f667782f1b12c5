# shell: sh
# cp copies content and mode; -p keeps times; cp into a directory.
mkdir /tmp/w && cd /tmp/w
echo data > src; chmod 640 src; touch -d '2020-05-05 05:05' src
cp src dst; stat -c '%n %a %s' dst; cat dst
cp -p src kept; stat -c '%n %y' kept
mkdir d; cp src dst d/; ls d
