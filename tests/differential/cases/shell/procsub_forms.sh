# shell: bash
# process substitution: <( ) as a file name, diff of two outputs, >( ) as an output.
cat <(echo from-procsub)
diff <(printf 'a\nb\n') <(printf 'a\nc\n'); echo "diff $?"
echo <(true) | grep -c '^/dev/fd/'
while read l; do echo "got $l"; done < <(printf 'x\ny\n')
echo tee-me | tee >(tr a-z A-Z > /tmp/up) > /dev/null; sleep 0.2; cat /tmp/up
