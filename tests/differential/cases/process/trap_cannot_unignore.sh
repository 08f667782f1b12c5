# shell: sh
# A signal ignored on entry to a non-interactive shell cannot be trapped or reset: trap leaves it ignored.
sh -c 'trap "echo caught INT" INT; trap - QUIT; grep "^SigIgn:" /proc/$$/status' &
wait
