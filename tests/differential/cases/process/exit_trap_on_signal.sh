# shell: sh
# An EXIT trap does not run when dash dies of an untrapped signal; it runs when a trap exits.
{ dash -c 'trap "echo exit trap" EXIT; kill -9 $$'; } 2>/dev/null; echo "status $?"
dash -c 'trap "echo exit trap" EXIT; trap "exit 7" TERM; kill $$'; echo "status $?"
