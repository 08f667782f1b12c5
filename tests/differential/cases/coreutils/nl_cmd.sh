# shell: sh
# nl numbers non-empty lines by default; -ba all; -w and -s.
printf 'a\n\nb\n' | nl
printf 'a\n\nb\n' | nl -ba
printf 'a\nb\n' | nl -w2 -s': '
