# shell: sh
# timeout -v says which signal it sent.
timeout -v 0.1 sleep 5; echo "status $?"
