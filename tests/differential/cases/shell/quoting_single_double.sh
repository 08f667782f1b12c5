# shell: sh
# Single quotes keep everything literal; double quotes expand $ and ` and keep \\ before ordinary chars.
v=val
printf '%s\n' '$v "x" \n'
printf '%s\n' "$v 'x' \$v \\ \a"
printf '%s\n' "a\"b"
printf '%s\n' 'it'\''s'
