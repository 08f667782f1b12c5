# shell: sh
# env prints the environment; env VAR=x cmd; env with a missing command.
env -i A=1 B=2 env
env -i PATH=/usr/bin A=x sh -c 'echo $A'
env nosuch-xyz; echo "status $?"
printenv HOME; printenv NOPE; echo "status $?"
