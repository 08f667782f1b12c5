# shell: sh
# An unquoted empty expansion produces no word; a quoted one produces an empty word.
e=
set -- $e; echo $#
set -- "$e"; echo $#
set -- $e "" $e; echo $#
