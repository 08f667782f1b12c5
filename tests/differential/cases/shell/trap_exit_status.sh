# shell: sh
# EXIT trap sees $? of the exiting command; exit in the trap sets the status.
sh -c 'trap "echo trap sees \$?" EXIT; sh -c "exit 3"'; echo "status $?"
sh -c 'trap "exit 9" EXIT; exit 1'; echo "status $?"
sh -c 'trap "echo from trap" EXIT; false'; echo "status $?"
