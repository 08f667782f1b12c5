# shell: sh
# pathchk -p: 14-byte components and 255-byte names.
pathchk -p "$(printf 'x%.0s' $(seq 20))"
pathchk -p "$(printf 'x%.0s' $(seq 300))" 2>&1 | cut -c1-60
pathchk -p 'abcdefghijklmn/ok'; echo "status $?"
pathchk -p ''; pathchk ''; echo "status $?"
