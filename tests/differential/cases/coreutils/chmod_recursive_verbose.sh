# shell: sh
# chmod -R -v walks a tree in order and reports each change.
mkdir -p /tmp/w/t/a && cd /tmp/w && touch t/a/f t/g
chmod -R 755 t
chmod -Rv 700 t
chmod -Rc 700 t; echo "rc=$?"
chmod -R o+r t/nope; echo "rc=$?"
