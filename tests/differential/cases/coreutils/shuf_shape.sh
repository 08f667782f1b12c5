# shell: sh
# shuf permutes lines, -e args, -i ranges; -n, -r, -o; errors.
cd /tmp
shuf -i 1-5 | sort -n | tr '\n' ' '; echo
shuf -n 2 -i 1-100 | wc -l
shuf -e a b c | sort
shuf -r -n 5 -e a
printf 'x\ny\n' | shuf -o out; sort out
shuf -i 5-1; shuf -n x -e a; shuf a b; echo "status $?"
