# shell: bash
# [[ -eq ]] evaluates arithmetic; -v tests a variable is set.
x=5
[[ x+1 -eq 6 ]] && echo "arith operands"
[[ -v x ]] && echo "x set"
[[ -v nope ]] || echo "nope unset"
[[ 010 -eq 8 ]] && echo "octal"
