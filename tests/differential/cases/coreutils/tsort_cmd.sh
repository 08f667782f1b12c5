# shell: sh
# tsort orders pairs as GNU does and reports loops.
printf '3 a\nb d\nd c\n' | tsort
printf 'main parse\nmain eval\nparse lex\neval lex\n' | tsort
printf 'a b\nb a\n' | tsort; echo "status $?"
printf 'a b\nb c\nc a\nc d\nx y\n' | tsort; echo "status $?"
printf 'a' | tsort; echo "status $?"
