# shell: bash
# source FILE ARGS sets the positional parameters for the file; return ends it; $? is its status.
printf 'echo "in lib: $# $1"\nlibvar=set\nreturn 4\necho never\n' > /tmp/lib.sh
set -- outer
source /tmp/lib.sh a b; echo "status $? args: $* libvar=$libvar"
. /tmp/lib.sh; echo "again $? $1"
source /tmp/nonexistent 2>&1 | sed 's/.*line [0-9]*: //'
