# shell: sh
# ss -tln shows a listener; -p names its process.
ss -tln
nc -l 8080 >/dev/null & sleep 0.5
ss -tln; ss -tlnp | sed -E "s/pid=[0-9]+/pid=P/"; ss -ltn sport = :8080 | tail -n 1
kill $!
