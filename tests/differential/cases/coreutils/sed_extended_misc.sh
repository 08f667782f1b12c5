# shell: sh
# sed -E alternation, anchors, character classes, q with exit code, w-free, N;P;D join.
printf 'cat\ndog\nbird\n' | sed -E 's/^(cat|dog)$/pet:\1/'
printf 'a  b   c\n' | sed 's/  */ /g'
printf 'key = value\n' | sed 's/[[:space:]]*=[[:space:]]*/=/'
printf '1\n2\n3\n' | sed 2q
printf '1\n2\n3\n' | sed -n '2{p;q}'
printf '1\n2\n3\n' | sed '2q5'; echo "rc=$?"
printf 'a\nb\nc\nd\n' | sed 'N;s/\n/ /'
printf 'a\nb\nc\n' | sed -n 'H;${x;s/\n/,/g;s/^,//;p}'
printf '  lead\n' | sed 's/^[ \t]*//'
printf 'trail  \n' | sed 's/[ ]*$//' | od -c | head -1
printf '# comment\ncode\n\n' | sed -e '/^#/d' -e '/^$/d'
