# shell: sh
# find -name vs -iname, quoting globs, -type f/d/l, -not, !, -o with parentheses.
mkdir -p /tmp/w/Src/lib && cd /tmp/w && touch README.md readme.txt Src/Main.C Src/lib/util.c Src/lib/util.h && ln -s Src s
find . -name 'readme*'
find . -iname 'readme*' | sort
find . -name '*.c' -o -name '*.h' | sort
find . -iname '*.c' | sort
find . -type f ! -name '*.c' | sort
find . -not -type d | sort
find . \( -name '*.md' -o -name '*.txt' \) -print | sort
find Src -type d
find . -type l
find s -name '*.h'
find -L s -name '*.h'
