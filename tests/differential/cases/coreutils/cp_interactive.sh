# shell: sh
# cp -i asks before overwriting; n keeps, y overwrites.
mkdir /tmp/w && cd /tmp/w && echo new > a && echo old > b
echo n | cp -i a b; echo "rc=$?"; cat b
echo y | cp -i a b; echo "rc=$?"; cat b
echo y | cp -iv a c; cat c
