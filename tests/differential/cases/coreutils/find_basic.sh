# shell: sh
# find: -name, -type, -maxdepth, -mindepth, -path, -newer-free listing in sorted form.
mkdir -p /tmp/w/a/b && cd /tmp/w && touch a/x.txt a/b/y.txt a/b/z.log top.txt && ln -s a/x.txt lnk
find . | sort
find . -name '*.txt' | sort
find . -type d | sort
find . -type l
find . -maxdepth 1 -type f
find . -mindepth 2 -name '*.log'
find . -path '*/b/*' | sort
