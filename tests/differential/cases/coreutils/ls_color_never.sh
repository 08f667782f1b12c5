# shell: sh
# ls --color=never equals plain ls; -m comma list; -x across.
mkdir /tmp/w && cd /tmp/w && touch a b c
ls --color=never
ls -m
ls -x
ls -C | cat
