# shell: sh
# ls -m, -x, -C widths (COLUMNS), -w, --group-directories-first.
mkdir /tmp/w && cd /tmp/w && for f in alpha beta gamma delta epsilon zeta eta theta; do touch $f; done; mkdir dir1 dir2
ls -m
ls -x -w 40
ls -C -w 30
ls --group-directories-first
ls -w 20 -C
