# shell: sh
# Modes and owners of /proc/PID entries.
stat -c '%A %U %n' /proc/self/ /proc/self/status /proc/self/environ /proc/self/comm /proc/self/fd /proc/self/oom_score_adj /proc/self/exe
