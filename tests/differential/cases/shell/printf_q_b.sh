# shell: bash
# printf %q quotes for reuse, %b expands escapes in the argument.
printf '%q\n' 'hello world' "it's" 'a$b' '' 'tab	here' 'x*'
printf '%b\n' 'a\tb' 'line1\nline2' '\0101' 'stop\chere'
printf '%s\n' 'a\tb'
x=$(printf '%q' "a b'c"); eval "y=$x"; echo "$y"
