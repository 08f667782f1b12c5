# shell: sh
# curl: refused, unresolvable, and no URL.
curl -s http://127.0.0.1:1/; echo "status $?"
curl -sS http://127.0.0.1:1/; echo "status $?"
curl -sS http://nosuch.invalid/; echo "status $?"
curl; echo "status $?"
