# shell: sh
# if/elif/else picks the first true branch; status of if with no branch is 0.
for x in 1 2 3; do
  if [ $x = 1 ]; then echo one; elif [ $x = 2 ]; then echo two; else echo other; fi
done
if false; then echo no; fi; echo "status $?"
