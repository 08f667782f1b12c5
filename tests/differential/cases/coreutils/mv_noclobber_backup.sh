# shell: sh
# mv -n keeps the target; mv -b makes a ~ backup; -u updates only if newer.
mkdir /tmp/w && cd /tmp/w
echo new > a; echo old > b
mv -n a b; cat b; ls
mv -b a b; ls; cat b 'b~'
