# shell: sh
# eval joins its arguments and runs them as a command.
cmd='echo hello; x=5'
eval "$cmd"; echo "$x"
n=3; eval "v$n=three"; echo "$v3"
eval 'set -- a b'; echo $#
eval false; echo "status $?"
