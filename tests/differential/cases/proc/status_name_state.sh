# shell: sh
# /proc/self/status Name and State of the reading process: its own comm, running.
grep -E '^(Name|State):' /proc/self/status
