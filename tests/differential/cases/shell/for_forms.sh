# shell: sh
# for over words, over "$@" when 'in' is omitted, over a glob.
for w in a 'b c' d; do echo "[$w]"; done
set -- p q
for x; do echo "arg $x"; done
cd /tmp && touch f1 f2
for f in f*; do echo "file $f"; done
for none in; do echo never; done; echo "empty list ok"
