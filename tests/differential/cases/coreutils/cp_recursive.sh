# shell: sh
# cp -r copies a tree; -a keeps links and modes.
mkdir -p /tmp/w/src/sub && cd /tmp/w
echo 1 > src/a; echo 2 > src/sub/b; ln -s a src/link; chmod 700 src/sub
cp -r src copy; find copy | sort
cp -a src arch; stat -c '%n %F %a' arch/link arch/sub
cp -r src copy; find copy | sort | tail -n 2
