# shell: sh
# Lists with ; & and newlines; a background job's $? is 0.
echo a; echo b
sleep 0 & echo "bg status $?"
wait
false &
wait $!; echo "waited status $?"
