# shell: bash
# extglob patterns: ?() *() +() @() !() in globs, [[ ]] and ${v//}.
shopt -s extglob
cd /tmp && touch a.c b.h c.o ab.c
echo *.@(c|h)
echo !(*.c)
[[ aaa == +(a) ]] && echo "plus"
[[ b == ?(a)b ]] && echo "optional"
v='  x  '; echo "[${v##+( )}]"
