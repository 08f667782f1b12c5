# shell: bash
# bash builtin printf vs /usr/bin/printf on %q-free, %b, escapes, -v.
printf -v x '%03d' 7; echo "$x"
printf '%s|' a b c; echo
/usr/bin/printf '%s|' a b c; echo
printf '%5.1f\n' 2.25 2.35
/usr/bin/printf '%5.1f\n' 2.25 2.35
printf '%q\n' 'a b' "it's"
/usr/bin/printf '%q\n' 'a b' "it's"
