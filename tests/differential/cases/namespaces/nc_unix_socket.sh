# shell: sh
# nc -U over a unix stream socket; the socket file is made by bind.
nc -lU /tmp/sock > /tmp/got & sleep 0.5
[ -S /tmp/sock ] && echo "socket file"
echo "over unix" | nc -N -U /tmp/sock
wait; cat /tmp/got
