# shell: sh
# command NAME skips a function of that name.
echo() { printf 'function echo\n'; }
echo hi
command echo real
unset -f echo
