# shell: bash
# $_ is the last argument of the previous command.
echo a b c
echo "$_"
: x y
echo "$_"
