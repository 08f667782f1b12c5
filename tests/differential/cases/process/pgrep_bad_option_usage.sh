# shell: sh
# pgrep and pkill print their whole option summary after a bad option, exit 2.
pgrep -Q; echo rc=$?
pkill -Q; echo rc=$?
