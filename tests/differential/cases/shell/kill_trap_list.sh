# shell: bash
# kill -l and trap -l list the signals; kill -l NUM and NAME convert; $? of a signalled child.
kill -l | head -3
kill -l 9 15 SIGTERM HUP
trap -l | head -2
bash -c 'kill -TERM $$'; echo "status $?"
kill -l 143
