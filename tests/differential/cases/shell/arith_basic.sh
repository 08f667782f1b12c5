# shell: sh
# $(( )) arithmetic: operators, precedence, variables without $.
a=7 b=3
echo $((a + b)) $((a - b)) $((a * b)) $((a / b)) $((a % b))
echo $((2 + 3 * 4)) $(((2 + 3) * 4)) $((-a)) $((!0)) $((~0))
echo $((a > b)) $((a == b)) $((a != b && b)) $((0 || 0))
echo $((1 << 4)) $((255 >> 2)) $((6 & 3)) $((6 | 3)) $((6 ^ 3))
echo $((a > b ? a : b))
