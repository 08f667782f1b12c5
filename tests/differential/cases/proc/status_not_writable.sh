# shell: bash
# /proc/PID/status is read-only: writing fails with a permission error even for root.
bash -c 'echo x > /proc/self/status'; echo "status $?"
