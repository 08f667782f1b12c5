# shell: sh
# tail -c +N starts at byte N; tail of input without final newline.
printf 'abcdef' | tail -c +3; echo
printf 'a\nb\nc' | tail -n 1; echo
printf 'a\nb\nc' | tail -n 2 | od -c | head -n 1
