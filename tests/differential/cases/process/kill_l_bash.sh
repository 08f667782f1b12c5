# shell: bash
# bash's kill -l table and kill -l of a name.
kill -l | head -3
kill -l TERM; kill -l SIGKILL; kill -l 0 2>&1
