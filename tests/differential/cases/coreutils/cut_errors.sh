# shell: sh
# cut usage errors.
cut /dev/null; echo "status $?"
echo a | cut -f0; echo "status $?"
echo a | cut -d ab -f1; echo "status $?"
