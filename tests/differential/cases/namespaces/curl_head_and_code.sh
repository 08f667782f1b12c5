# shell: sh
# curl -I shows the headers; -w prints the status code.
printf "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok" | nc -l -q 1 40125 >/dev/null & sleep 0.5
curl -sI http://127.0.0.1:40125/ | tr -d "\r"
wait
printf "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n" | nc -l -q 1 40125 >/dev/null & sleep 0.5
curl -s -o /dev/null -w "%{http_code}\n" http://127.0.0.1:40125/
wait
