# shell: sh
# sed s with other delimiters, & for the match, escaped newline in replacement.
echo /usr/bin | sed 's|/usr|/opt|'
echo hello | sed 's/l\+/[&]/'
echo 'a b' | sed 's/ /\n/'
echo abc | sed 's/b/\t/' | od -c | head -n 1
echo aaa | sed 's/a/x/3g'
