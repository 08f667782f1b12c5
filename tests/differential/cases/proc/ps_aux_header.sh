# shell: sh
# ps aux's header line.
ps aux | head -1
