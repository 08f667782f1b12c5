# shell: sh
# dash's test error messages.
dash -c '[ 1 -eq 1'; echo "status $?"
dash -c '[ abc -eq 1 ]'; echo "status $?"
dash -c 'x="a b"; [ $x = a ]'; echo "status $?"
