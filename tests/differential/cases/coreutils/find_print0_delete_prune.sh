# shell: sh
# find -print0, -delete, -prune, -path with -prune -o -print.
mkdir -p /tmp/w/keep /tmp/w/skip/x && cd /tmp/w && touch keep/a 'keep/with space' skip/b skip/x/c tmp.log other.log
find keep -type f -print0 | sort -z | tr '\0' '|'; echo
find . -path ./skip -prune -o -type f -print | sort
find . -name skip -prune -o -name '*.log' -print | sort
find . -name '*.log' -delete; ls
find skip -delete; ls
find nope; echo "rc=$?"
find . -badopt; echo "rc=$?"
