# shell: sh
# find ! -o -a and parentheses; -prune.
mkdir -p /tmp/w/skip /tmp/w/keep && cd /tmp/w && touch skip/a keep/a keep/b.c
find . \( -name a -o -name '*.c' \) | sort
find . ! -name a -type f
find . -path ./skip -prune -o -type f -print | sort
