# shell: bash
# shopt -s lastpipe runs the last member of a pipeline in the shell itself (job control is off in scripts).
echo a | read v; echo "without: [${v-}]"
shopt -s lastpipe
echo b | read v; echo "with: [$v]"
printf '1\n2\n3\n' | while read n; do total=$((${total:-0} + n)); done; echo "total $total"
false | true | read x; echo "${PIPESTATUS[@]}"
set -o pipefail; true | false | true; echo "pipefail $?"
