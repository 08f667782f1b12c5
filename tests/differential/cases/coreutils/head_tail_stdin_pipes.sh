# shell: sh
# head/tail on pipes: head -n1, tail -n1, sed -n '2p' equivalents, -c on stdin, header for -.
seq 5 | head -n 1
seq 5 | tail -n 1
seq 5 | tail -n +4
seq 5 | head -c 4 | od -c | head -1
seq 3 | head -v
seq 3 | tail -v -n 1
printf 'no newline' | tail -c 4; echo
