# shell: bash
# a DEBUG trap runs before each simple command, with BASH_COMMAND set.
trap 'echo "dbg: $BASH_COMMAND"' DEBUG
x=1
echo "x=$x"
trap - DEBUG
echo done
