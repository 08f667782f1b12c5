# shell: sh
# : and true succeed, false fails; : expands its arguments.
: && echo colon
true && echo true
false || echo false
: ${x:=assigned}; echo "$x"
