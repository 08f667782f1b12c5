# shell: sh
# Quotes inside $( ) inside double quotes are independent.
v="$(echo "a  b" | tr -s ' ')"
echo "$v"
echo "$(echo '"quoted"')"
echo "x$(printf '%s' "$(echo inner)")y"
