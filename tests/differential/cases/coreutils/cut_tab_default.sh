# shell: sh
# cut's default delimiter is TAB; -f on space-separated text prints whole lines.
printf 'a\tb\tc\n1\t2\t3\n' > /tmp/t
cut -f2 /tmp/t
cut -f1,3 /tmp/t
printf 'a b c\n' | cut -f2
printf 'a b c\n' | cut -d' ' -f2
printf 'x\n' | cut -c5; echo "rc=$?"
