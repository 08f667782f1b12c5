# shell: bash
# set -o with a bad name and set with a bad letter: status 2, bash goes on, dash exits.
bash -c 'set -o nosuch; echo "after $?"' 2>&1
bash -c 'set -Z; echo "after $?"' 2>&1
dash -c 'set -o nosuch; echo "after $?"'; echo "rc=$?"
dash -c 'set -Z; echo "after $?"'; echo "rc=$?"
bash -c 'shopt -s nosuch; echo "after $?"' 2>&1
