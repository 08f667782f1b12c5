# shell: bash
# set -o shows the option states; set +o prints commands.
bash -c 'set -o | grep -E "^(errexit|nounset|pipefail|xtrace|noglob)"'
bash -c 'set -eu; set +o | grep -E "errexit|nounset|pipefail"'
