# shell: sh
# rev, tac of stdin, expand/unexpand basics, tr with ranges in a pipeline.
echo 'hello world' | rev
printf 'abc\ndef\n' | rev
printf '1\n2\n3\n' | tac
printf 'a\tb\n' | expand | od -c | head -1
printf 'a\tb\n' | expand -t 4
