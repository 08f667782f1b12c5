# shell: sh
# A TERM trap runs its handler when the shell gets SIGTERM.
sh -c 'trap "echo got TERM; exit 5" TERM; kill $$; echo not reached'
echo "status $?"
