# shell: sh
# sed -i edits in place, -i.bak keeps a backup, -i on several files, -s/-n counting.
cd /tmp && printf 'a\nb\n' > f && printf 'c\nd\n' > g
sed -i 's/a/A/' f; cat f
sed -i.bak 's/b/B/' f; cat f f.bak
sed -i '1d' f g; cat f g
sed -n '$p' f g
sed -s -n '$p' f g
sed -i 's/x/y/' nope; echo "rc=$?"
sed 's/x' f; echo "rc=$?"
sed -e 'k' f; echo "rc=$?"
