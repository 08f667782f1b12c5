# shell: bash
# bash ERR trap runs after a failing command.
trap 'echo "ERR at status $?"' ERR
false
echo after
sh -c 'exit 4'
if false; then :; fi
echo end
