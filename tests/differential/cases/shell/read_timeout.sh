# shell: bash
# read -t 0 tests for input; read -t on an empty pipe times out with status > 128.
echo data | { read -t 0; echo "ready $?"; }
sleep 2 | { read -t 0.1 x; echo "timeout $?"; }
read -t 1 x < /dev/null; echo "eof $?"
