# shell: sh
# An EXIT trap is not inherited by a subshell; a subshell can set its own.
trap 'echo parent exit' EXIT
( echo in subshell )
( trap 'echo subshell exit' EXIT; echo sub )
echo end
