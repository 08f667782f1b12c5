# shell: sh
# expand reads files and stdin in order; errors for missing files.
cd /tmp
printf 'a\tb\n' > f1; printf '\tc\n' > f2
expand f1 - f2 < f1 | od -c
expand nope; echo "status $?"
printf 'no newline\t' | expand | od -c
