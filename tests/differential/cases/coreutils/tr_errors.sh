# shell: sh
# tr usage errors.
tr; echo "status $?"
echo a | tr a; echo "status $?"
echo abc | tr -d; echo "status $?"
