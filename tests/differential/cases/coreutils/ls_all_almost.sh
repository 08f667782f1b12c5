# shell: sh
# ls -a shows . and .., -A hides them; -1 one per line; -d on a directory.
mkdir /tmp/w && cd /tmp/w && touch .hidden a b && mkdir sub
ls
ls -a
ls -A
ls -1
ls -d sub
ls -d .
ls -ad sub .hidden
