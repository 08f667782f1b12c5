# shell: sh
# ls -l -g, -o, -G, --author-free forms, -h with dirs, and a chowned file.
mkdir /tmp/w && cd /tmp/w && printf 12345 > f && touch -d '2020-03-03 03:03' f && chown nobody:nogroup f
ls -l f
ls -g f
ls -o f
ls -lG f
ls -ln f
