# shell: bash
# history and fc exist in a script but the list is empty (history is off in scripts); ! is not special.
history; echo "h=$?"
history -c; echo "c=$?"
fc -l; echo "fc=$?"
fc -s; echo "s=$?"
history -x; echo "x=$?"
echo !! 'x!y' "a!b"
dash -c 'history'; echo "dash=$?"
