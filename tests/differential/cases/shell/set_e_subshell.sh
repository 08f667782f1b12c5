# shell: sh
# set -e: a failing subshell exits the parent too; a function body is not exempt.
sh -c 'set -e; (false); echo not reached'; echo "status $?"
sh -c 'set -e; f() { false; echo in-f; }; f; echo not reached'; echo "status $?"
sh -c 'set -e; f() { false; echo in-f; }; f || echo "f in || list"; echo end'; echo "status $?"
