# shell: bash
# set -e with pipefail exits on a failing pipeline element.
bash -c 'set -eo pipefail; false | cat; echo not reached'; echo "status $?"
