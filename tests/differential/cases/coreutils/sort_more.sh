# shell: sh
# sort -f fold case, -k with a char offset, -s stable, -c check, -o output, -z.
printf 'b\nA\na\nB\n' | sort
printf 'b\nA\na\nB\n' | sort -f
printf 'x 2\ny 1\nz 2\n' | sort -s -k2,2
printf 'a\nc\nb\n' | sort -c; echo "status $?"
printf 'a\nb\n' | sort -c; echo "status $?"
printf '3\n1\n' > /tmp/f; sort -o /tmp/f /tmp/f; cat /tmp/f
printf 'ab12\naa21\n' | sort -k1.3n
