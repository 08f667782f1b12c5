# shell: sh
# ls -la shape in a dir (link counts, total masked), ls -lA, hidden dirs in -R.
mkdir -p /tmp/w/.h/in /tmp/w/v && cd /tmp/w && touch .h/in/f v/g
ls -a .h
ls -Ra | head -20
ls -lA | awk 'NR>1{print $1, $2, $9}'
ls -la | awk 'NR>1{print $1, $9}'
