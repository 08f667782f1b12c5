# shell: sh
# grep ^ $ anchors, [[:digit:]], \<\> word boundaries, -E alternation.
printf 'abc\n123\na1\n cat\n' > /tmp/f
grep '^a' /tmp/f
grep 'c$' /tmp/f
grep '[[:digit:]]' /tmp/f
grep '\<cat\>' /tmp/f
grep -E '^(abc|123)$' /tmp/f
grep -E 'x?1' /tmp/f
grep -c '' /tmp/f
