# shell: bash
# let and (( )) set the status from the value.
let "x = 3 * 4"; echo $x
(( x > 10 )) && echo big
(( 0 )); echo "status $?"
let 0; echo "status $?"
(( y = 2, y + 1 )); echo "$y $?"
