# shell: sh
# find | xargs, find -print0 | xargs -0 with spaces, xargs rm.
mkdir -p /tmp/w && cd /tmp/w && touch 'a b.txt' c.txt d.log
find . -name '*.txt' -print0 | xargs -0 ls | sort
find . -name '*.txt' | xargs ls 2>&1 | sort
find . -name '*.log' | xargs rm -v
ls
find . -name '*.txt' -print0 | xargs -0 -I{} mv {} {}.bak; ls
