# shell: sh
# timeout: exit 124, -s KILL gives 137, --preserve-status, command not found 127, success passes.
timeout 1 true; echo "rc=$?"
timeout 0.2 sleep 5; echo "rc=$?"
{ timeout -s KILL 0.2 sleep 5; } 2>/dev/null; echo "rc=$?"
timeout -s INT 0.2 sleep 5; echo "rc=$?"
timeout --preserve-status 0.2 sleep 5; echo "rc=$?"
timeout 1 sh -c 'exit 3'; echo "rc=$?"
timeout 1 nosuchcmd; echo "rc=$?"
timeout 1 /etc/passwd; echo "rc=$?"
timeout -s BOGUS 1 true; echo "rc=$?"
timeout; echo "rc=$?"
