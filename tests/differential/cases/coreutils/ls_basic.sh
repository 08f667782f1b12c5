# shell: sh
# ls sorts names in byte order, hides dot files unless -a/-A, -1 one a line.
mkdir /tmp/w && cd /tmp/w && touch b a C .h _x 10 9
ls
ls -a
ls -A
ls -1 | head -n 3
