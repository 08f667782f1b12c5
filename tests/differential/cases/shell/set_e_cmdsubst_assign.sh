# shell: sh
# set -e: an assignment whose command substitution fails exits the shell.
sh -c 'set -e; x=$(false); echo not reached'; echo "status $?"
sh -c 'set -e; echo "$(false)"; echo "echo of a failed substitution goes on"'; echo "status $?"
