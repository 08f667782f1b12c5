# shell: sh
# cp -v prints what it copies; -n skips existing; -i without a tty.
mkdir /tmp/w && cd /tmp/w
echo new > a; echo old > b
cp -v a c
cp -n a b; cat b
cp -v a b
