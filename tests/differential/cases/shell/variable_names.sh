# shell: sh
# Variable names: letters, digits, underscore; ${var}suffix; $10 is ${1}0.
var=x; _v2=y
echo "${var}suffix $_v2 $varsuffix."
set -- a b c d e f g h i j
echo "$10 ${10}"
