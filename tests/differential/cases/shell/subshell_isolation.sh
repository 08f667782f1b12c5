# shell: sh
# ( ) runs in a subshell: cd, variables and exit stay inside.
cd /tmp
(cd /; x=1; echo "in: $PWD")
echo "out: $PWD [$x]"
(exit 4); echo "status $?"
