# shell: sh
# xargs builds command lines: -n, -I, -0, empty input runs once, -r.
printf 'a b\nc\n' | xargs echo
printf 'a b c d\n' | xargs -n 2 echo
printf 'x\ny\n' | xargs -I{} echo "<{}>"
printf 'p q\0r\0' | xargs -0 -n 1 echo
: | xargs echo "ran on empty"
: | xargs -r echo "never"
echo "status $?"
