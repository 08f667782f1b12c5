# shell: sh
# sleep accepts suffixes and several arguments; bad intervals are errors.
sleep 0.1s 0.05; echo "status $?"
sleep abc; echo "status $?"
sleep; echo "status $?"
