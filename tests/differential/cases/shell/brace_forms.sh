# shell: bash
# brace expansion: lists, ranges with step, zero padding, letters, nesting, prefix/suffix.
echo {a,b,c}-x
echo {1..5} {5..1} {0..10..3} {01..03} {a..e..2}
echo pre{A,B{1,2}}post
echo {x,y}{1,2}
echo {a..c}{1..2}
echo "{not,expanded}" {single} {1..a}
mkdir -p /tmp/b && cd /tmp/b && mkdir -p {src,doc}/{v1,v2} && ls -d */* | tr '\n' ' '; echo
