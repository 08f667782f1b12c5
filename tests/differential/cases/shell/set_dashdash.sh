# shell: sh
# set -- replaces the parameters; set -- with nothing clears them.
set -- x y
echo $#
set --
echo $#
set -- -n; echo "[$1]"
