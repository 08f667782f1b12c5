# shell: bash
# With pipefail a writer killed by SIGPIPE makes the pipeline 141.
yes | head -n 1 >/dev/null
echo "${PIPESTATUS[@]}"
set -o pipefail
yes | head -n 1 >/dev/null; echo "status $?"
