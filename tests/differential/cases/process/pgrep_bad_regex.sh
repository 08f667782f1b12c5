# shell: sh
# pgrep with no pattern, and an invalid option.
pgrep; echo "status $?"
pgrep --nosuch x 2>/tmp/e; echo "status $?"; head -1 /tmp/e
