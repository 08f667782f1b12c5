# shell: sh
# ss -tln/-uln in a fresh namespace with a nc listener, and the header alone when nothing listens.
ip link set lo up
ss -tln
ss -uln
nc -l -p 8081 >/dev/null & p=$!
i=0; while ! ss -tln | grep -q 8081 && [ $i -lt 100 ]; do sleep 0.05; i=$((i+1)); done
ss -tln
ss -tlnH | wc -l
kill $p; wait $p 2>/dev/null; echo done
