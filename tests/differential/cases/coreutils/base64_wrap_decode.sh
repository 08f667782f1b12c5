# shell: sh
# base64 wraps at 76 or -w; decodes ignoring newlines; -i ignores garbage.
seq 30 | base64
seq 30 | base64 -w 20
printf 'hi' | base64 -w 0; echo
printf 'aGVsbG8K\naGk=\n' | base64 -d
printf 'aGV*sbG8K' | base64 -di
printf 'aGk=aGk=' | base64 -d; echo
head -c 1000 /dev/zero | base64 | base64 -d | wc -c
