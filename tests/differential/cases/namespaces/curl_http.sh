# shell: sh
# curl fetches from a tiny HTTP server made with nc.
printf "HTTP/1.1 200 OK\r\nContent-Length: 6\r\nContent-Type: text/plain\r\n\r\nhello\n" | nc -l -q 1 8080 >/dev/null & sleep 0.5
curl -s http://127.0.0.1:8080/; echo "status $?"
wait
printf "HTTP/1.1 404 Not Found\r\nContent-Length: 4\r\n\r\nnope" | nc -l -q 1 8080 >/dev/null & sleep 0.5
curl -si http://localhost:8080/missing; echo; echo "status $?"
wait
