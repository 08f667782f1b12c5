# shell: bash
# bash's [ error messages: missing ], integer expected, too many arguments, unary expected.
bash -c '[ 1 -eq 1'; echo "status $?"
bash -c '[ abc -eq 1 ]'; echo "status $?"
bash -c 'x="a b"; [ $x = a ]'; echo "status $?"
bash -c 'x=; [ $x -eq 1 ]'; echo "status $?"
bash -c '[ a == ]'; echo "status $?"
