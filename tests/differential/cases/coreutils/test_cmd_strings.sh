# shell: sh
# [ with = and != and -z on values that look like operators.
[ "-n" = "-n" ] && echo ok1
[ "!" = "!" ] && echo ok2
[ -z "-z" ] || echo ok3
[ "(" ] && echo ok4
