# shell: sh
# column -t aligns, -s sets input separators, -o output separator.
printf 'name age city\nalice 30 paris\nbob 4 rome\n' | column -t
printf 'a:b:c\nlonger:x:y\n' | column -t -s:
printf 'a:b:c\nlonger:x:y\n' | column -t -s: -o ' | '
printf 'r1c1\tr1c2\nr2\tlong value\n' | column -t -s "$(printf '\t')"
