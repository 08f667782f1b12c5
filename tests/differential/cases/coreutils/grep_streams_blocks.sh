# shell: bash
# grep reads and prints a block at a time: an endless input ends at head; context and -z across blocks.
yes | grep y | head -2
yes abc | grep -n b | head -3
seq 1 200000 | grep -B1 -A1 -n '^150000$'
seq 1 100000 | grep -c 9
printf 'a\0b\0ab\0' | grep -z a | od -c
printf 'x\0y\nab\n' | grep a
seq 1 10 | grep -m2 -A1 1
