# shell: bash
# pipefail: the rightmost non-zero status wins.
false | true; echo $?
set -o pipefail
false | true; echo $?
sh -c 'exit 2' | sh -c 'exit 3' | true; echo $?
true | true; echo $?
