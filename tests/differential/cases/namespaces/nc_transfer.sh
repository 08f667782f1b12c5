# shell: sh
# nc carries bytes from a client to a listener.
nc -l 8080 > /tmp/got & sleep 0.5
echo "hello over tcp" | nc -N 127.0.0.1 8080
wait; cat /tmp/got
