# shell: sh
# csplit {N} and {*} repeat a pattern; -s, -z, -f, -n, -b name the pieces.
mkdir /tmp/w && cd /tmp/w
seq 20 > f
csplit -s f '/^1/' '{*}'; ls | wc -l; rm xx*
csplit f 5 '{2}'; rm xx*
csplit -z f 1 5; ls; rm xx*
csplit -f p -n 3 f 10; ls p*
csplit -b '%03x.txt' f 12; ls xx*
