# shell: sh
# expand turns tabs into spaces (8 or -t N); unexpand -a back.
printf 'a\tb\n' | expand | od -c | head -n 1
printf 'a\tb\n' | expand -t 4
printf 'a       b\n' | unexpand -a | od -c | head -n 1
