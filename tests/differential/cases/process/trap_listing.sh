# shell: sh
# trap with no arguments prints the traps as re-usable commands.
trap 'echo bye' EXIT
trap 'echo hup' HUP
trap '' QUIT
trap
trap - EXIT
