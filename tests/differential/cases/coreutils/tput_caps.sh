# tput with TERM=xterm-256color and dumb: numbers, booleans, plain and parameterized strings,
# several capabilities in one call, -S, and the errors (no terminal here: stdin /dev/null).
export TERM=xterm-256color
for c in colors pairs it longname am km hs bold sgr0 rev smul rmul el ed civis cnorm smcup rmcup "setaf 1" "setaf 9" "setaf 196" "setab 2" "setab 15" "cup 4 10" "cup 5" "cub 3" "hpa 5" "initc 1 500 0 0" "sgr 0 1" "sgr 1 0 0 0 0 1" "setaf x" flash clear "-x clear" "bold setaf 2 sgr0"; do
  printf '%s: ' "$c"; tput $c | od -An -c | tr -s ' ' | tr -d '\n'; echo " rc=$?"
done
tput hs; echo "hs rc=$?"
tput cols; COLUMNS=100 tput cols; LINES=50 tput lines
printf 'bold\nsetaf 3\n' | tput -S | od -An -c
tput foo; echo "foo rc=$?"
tput bold extra | od -An -c; echo "rc=$?"
tput -T vt999 bold; echo "vt999 rc=$?"
TERM=dumb tput bold; echo "dumb bold rc=$?"
TERM=dumb tput colors; TERM=dumb tput cols; TERM=dumb tput lines; TERM=dumb tput longname; echo
env -u TERM tput bold; echo "no TERM rc=$?"
tput init; echo "init rc=$?"
tput -V
tput; echo "rc=$?"
tput -Z; echo "rc=$?"
