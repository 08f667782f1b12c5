# shell: sh
# base64 -d writes what decoded before bad input, then fails with status 1.
printf 'aGV sbG8K' | base64 -d; echo " status $?"
printf 'aGVsbG8' | base64 -d; echo " status $?"
printf 'a===' | base64 -d; echo " status $?"
base64 -w x /dev/null; echo "status $?"
base64 /nonexistent; echo "status $?"
base64 a b; echo "status $?"
