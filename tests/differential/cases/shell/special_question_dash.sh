# shell: sh
# $? after commands, $- flags, $0 unchanged by set --.
true; echo $?
false; echo $?
case $- in *f*) echo "f set";; *) echo "f unset";; esac
set -f
case $- in *f*) echo "f set";; *) echo "f unset";; esac
