# shell: sh
# rm: directory without -r, -v on a tree, -f on missing, -d on empty dir, rmdir of non-empty.
mkdir /tmp/w && cd /tmp/w && mkdir -p t/u && touch t/u/f t/g && mkdir e
rm t; echo "rc=$?"
rm -f nothing; echo "rc=$?"
rm nothing; echo "rc=$?"
rm -d e; echo "rc=$?"
rm -rv t | sort
mkdir n && touch n/f; rmdir n; echo "rc=$?"
rm -r /tmp/w/.; echo "rc=$?"
