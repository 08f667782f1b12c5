# shell: sh
# trap - TERM restores the default action.
{ sh -c 'trap "echo caught" TERM; kill $$; trap - TERM; kill $$; echo not reached'; } 2>/dev/null
echo "status $?"
