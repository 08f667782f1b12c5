# shell: sh
# Quoted characters in a case pattern are literal.
v='*'
case a in "$v") echo "literal star matched";; *) echo "no literal match";; esac
case '*' in "$v") echo "star equals star";; esac
case a in $v) echo "unquoted var is a pattern";; esac
