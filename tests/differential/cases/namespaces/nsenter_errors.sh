# shell: sh
# nsenter without a target, with a missing pid, and into its own user namespace.
nsenter -n true; echo "status $?"
nsenter -t 999999 -n true; echo "status $?"
nsenter -t $$ -U true; echo "status $?"
