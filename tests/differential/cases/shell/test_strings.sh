# shell: sh
# test/[ string operators.
[ abc = abc ] && echo eq
[ abc != abd ] && echo ne
[ -z "" ] && echo zero
[ -n "x" ] && echo nonzero
[ "x" ] && echo "one arg true"
[ "" ] || echo "empty arg false"
[ ! "" ] && echo negated
