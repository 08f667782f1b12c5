# shell: sh
# dash: wait on a pid it already reaped returns the remembered status again.
dash -c 'sh -c "exit 5" & p=$!; wait $p; echo "first $?"; wait $p; echo "second $?"'
