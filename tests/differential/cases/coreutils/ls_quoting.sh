# shell: sh
# ls quotes names with spaces or specials in the POSIX locale only with -Q/-b; -q shows ?.
mkdir /tmp/w && cd /tmp/w
touch 'a b' "$(printf 'tab\there')" plain
ls
ls -Q
ls -b
ls -q | cat
