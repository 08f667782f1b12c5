# shell: bash
# $(( )), (( )), let, ++/--, ternary, bases, exponent, comparison, assignment operators.
i=5
echo $((i++)) $i $((++i)) $((i--)) $i
(( j = i * 2, j += 3 )); echo $j
let "k = 2 ** 10" "m = k % 7"; echo $k $m
echo $(( 16#ff + 2#101 + 010 + 0x10 ))
echo $(( i > 3 ? 1 : 0 )) $(( -7 / 2 )) $(( -7 % 2 ))
(( 0 )); echo "zero status $?"
echo $(( 1 << 4 | 1 )) $(( ~0 )) $(( !5 )) $(( 5 & 3 ^ 1 ))
x=3+4; echo $((x * 2)) $(( $x * 2 ))
