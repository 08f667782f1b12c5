# shell: bash
# PIPESTATUS has every member's status; $? is the last one's unless pipefail.
false | true | exit 3; echo "${PIPESTATUS[@]} ?=$?"
true | false; s=("${PIPESTATUS[@]}"); echo "${s[0]} ${s[1]}"
set -o pipefail
false | true; echo "pipefail $?"
true; echo "${PIPESTATUS[@]}"
! true | false; echo "bang $?"
