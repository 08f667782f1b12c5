# shell: sh
# rev reverses characters of each line; tac reverses lines.
printf 'abc\nde\n' | rev
printf '1\n2\n3\n' | tac
printf 'a\nb' | tac; echo
