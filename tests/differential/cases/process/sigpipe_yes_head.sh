# shell: sh
# yes | head -n 1: yes dies of SIGPIPE, the pipeline status is head's.
yes | head -n 1; echo "status $?"
yes hello | head -n 3
