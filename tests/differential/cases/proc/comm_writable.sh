# shell: sh
# Writing /proc/self/comm renames the process (truncated to 15 bytes).
sh -c 'echo renamed-process-xyz > /proc/self/comm; cat /proc/$$/comm; grep ^Name: /proc/$$/status; true'
