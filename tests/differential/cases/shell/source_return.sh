# shell: bash
# return in a sourced file ends the file with a status; source passes arguments.
printf 'echo "args: $*"\nreturn 4\necho not reached\n' > /tmp/lib.sh
source /tmp/lib.sh one two; echo "status $?"
bash -c 'source /tmp/nope'; echo "status $?"
