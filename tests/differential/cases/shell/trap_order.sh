# shell: bash
# traps: EXIT runs last, after ERR; trap -p lists; a trap set in a subshell stays there.
trap 'echo "exit trap $?"' EXIT
trap 'echo "err trap"' ERR
false
( trap 'echo sub-exit' EXIT; echo in-sub )
trap -p EXIT
trap - ERR
false
echo end
exit 4
