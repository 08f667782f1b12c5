# shell: bash
# bash read: -n N chars, -d delimiter, -N, -t 0, -s prompt ignored without tty.
echo abcdef | { read -n 3 x; echo "$x"; }
printf 'a,b,c' | { read -d , y; echo "$y"; }
printf 'xy\nz' | { read -N 4 z; printf '[%s]\n' "$z"; }
read -t 0 < /dev/null; echo "t0 status $?"
read -p "prompt: " v < /dev/null; echo "status $?"
