# shell: sh
# csplit: no match or out of range removes the pieces (-k keeps them), exit 1.
mkdir /tmp/w && cd /tmp/w
seq 20 > f
csplit f /99/; echo "status $?"; ls
csplit -k f 5 /99/; echo "status $?"; ls; rm xx*
csplit f 5 '{9}'; echo "status $?"; ls
csplit f 4 '{*}'; echo "status $?"
csplit f 15 5; csplit f 0; csplit f /x; csplit f 5 '{x}'; csplit f; csplit nope 3
