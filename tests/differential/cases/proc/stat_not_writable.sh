# shell: bash
# /proc/PID/stat and /proc/uptime cannot be written, even by root.
bash -c 'echo x > /proc/self/stat'; echo "status $?"
bash -c 'echo x > /proc/uptime'; echo "status $?"
