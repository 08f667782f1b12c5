# shell: bash
# Process substitution <( ) gives a /dev/fd path readable like a file.
diff <(printf 'a\nb\n') <(printf 'a\nc\n')
echo "status $?"
cat <(echo from-procsubst)
wc -l < <(seq 4)
case $(echo <(true)) in /dev/fd/*) echo "is a /dev/fd path";; esac
