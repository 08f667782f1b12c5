# shell: sh
# dash with set -u: the parameter-not-set message.
dash -c 'set -u; echo $nope; echo not reached'; echo "status $?"
