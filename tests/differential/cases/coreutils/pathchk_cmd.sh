# shell: sh
# pathchk checks lengths, portable characters and existing prefixes.
cd /tmp
pathchk /tmp/ok; echo "status $?"
pathchk -p 'a*b'; pathchk -p 'a b'; pathchk -P ''; pathchk -P -- -a
pathchk -p "ab/$(printf 'y%.0s' $(seq 20))/c"
pathchk "$(printf 'x%.0s' $(seq 300))" 2>&1 | wc -c
touch f; pathchk f/x; echo "status $?"
