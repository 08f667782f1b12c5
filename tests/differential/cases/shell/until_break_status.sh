# shell: sh
# A loop's status is the last body command's; 0 when the body never ran.
while false; do :; done; echo "status $?"
for i in 1; do false; done; echo "status $?"
i=0; until [ $i = 2 ]; do i=$((i+1)); done; echo "status $?"
