# shell: sh
# set -- $(cmd) splits output into parameters.
set -- $(echo one two three)
echo "$# $2"
set -- $(printf 'a b\nc\n')
echo "$#"
