# shell: bash
# set -u on arrays and $@, set -o noglob, set -- resetting, $- flags, set -o output lines.
set -u
( echo "$nosuch" ) 2>&1 | sed 's/.*line [0-9]*: //'
echo "${nosuch-default}"
a=(); echo "empty array: ${#a[@]}"
set -- ; echo "args: $#"
set +u
set -f; echo /*; set +f
case $- in *h*) echo "h set";; esac
set -o | grep -E '^(errexit|noglob|nounset|pipefail) '
