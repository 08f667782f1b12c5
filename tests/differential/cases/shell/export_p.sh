# shell: bash
# export -p and declare -x format.
unset $(env | sed -n 's/=.*//p' | grep -v -e '^PATH$' -e '^HOME$')
export FOO=bar
export -p | grep -E ' (FOO|HOME)='
declare -x | grep FOO
export -n FOO; bash -c 'echo "[$FOO]"'
