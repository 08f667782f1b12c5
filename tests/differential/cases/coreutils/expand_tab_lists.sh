# shell: sh
# expand -t with lists, /N and +N; -i; backspace.
printf 'a\tb\tc\td\n' | expand -t 2,5,/3 | od -c
printf 'a\tb\tc\td\n' | expand -t 2,5,+3 | od -c
printf 'a\tb\tc\td\n' | expand -t 2,5 | od -c
printf '\tx\ty\n' | expand -i | od -c
printf '\tx\n' | expand -4 | od -c
expand -t 5,3; expand -t 0; echo "status $?"
