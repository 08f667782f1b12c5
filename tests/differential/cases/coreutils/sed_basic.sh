# shell: sh
# sed s///, g, numbered, -n p, d, addresses, ranges, -e, i\ a\.
printf 'one\ntwo\nthree\nfour\n' > /tmp/f
sed 's/o/0/' /tmp/f | tr '\n' ' '; echo
sed 's/o/0/g' /tmp/f | tr '\n' ' '; echo
sed -n '2p' /tmp/f
sed '2,3d' /tmp/f | tr '\n' ' '; echo
sed -n '/two/,/three/p' /tmp/f | tr '\n' ' '; echo
sed -e 's/one/1/' -e 's/two/2/' /tmp/f | tr '\n' ' '; echo
sed '$!d' /tmp/f
sed '1i\
header' /tmp/f | head -n 2
sed 's/\(t\)\(w\)/\2\1/' /tmp/f | sed -n 2p
echo aaa | sed 's/a/b/2'
