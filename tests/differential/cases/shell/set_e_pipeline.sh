# shell: sh
# set -e looks at a pipeline's status (the last command's).
sh -c 'set -e; false | true; echo "survived false|true"; true | false; echo not reached'; echo "status $?"
