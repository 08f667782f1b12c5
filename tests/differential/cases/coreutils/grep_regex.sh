# shell: sh
# grep -E extended, BRE backrefs, -F fixed strings, -e several patterns.
printf 'aa\nab\nabab\na.b\n' > /tmp/f
grep -E '^(ab)+$' /tmp/f
grep '\(a\)\1' /tmp/f
grep -F 'a.b' /tmp/f
grep 'a.b' /tmp/f
grep -e aa -e a.b /tmp/f
