# shell: sh
# od -A x -t x1z, -A n, -t c, -t d2, -v, -N, -j.
printf 'Hello, world!\n\001\377' > /tmp/b
od -A x -t x1z /tmp/b
od -An -tx1 /tmp/b
od -c /tmp/b
od -t d2 -N 4 /tmp/b
od -A d -j 7 -N 5 -c /tmp/b
od -t x2 /tmp/b
od -t o1 -N 3 /tmp/b
head -c 40 /dev/zero | od -A x -t x1
head -c 40 /dev/zero | od -v -A x -t x1
