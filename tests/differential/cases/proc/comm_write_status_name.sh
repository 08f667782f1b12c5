# shell: bash
# A process may rename itself through /proc/self/comm (Name:, stat, ps follow; echo's newline is kept and Name: escapes it); another's comm refuses with EINVAL.
waitfor() { i=0; until eval "$1" || [ $i -ge 500 ]; do sleep 0.01; i=$((i + 1)); done; }
bash -c 'printf newname > /proc/$$/comm; grep ^Name: /proc/$$/status; cut -d" " -f2 /proc/$$/stat; ps -o comm= -p $$; :'
bash -c 'echo withnl > /proc/$$/comm; grep ^Name: /proc/$$/status; :'
sleep 5 & s=$!
waitfor '[ "$(cat /proc/$s/comm)" = sleep ]'
bash -c "echo x > /proc/$s/comm"; echo "status $?"
cat /proc/$s/comm
kill $s
