# shell: sh
# A UDP socket bound with nc -u -l is UNCONN in ss -uln.
nc -u -l 9001 >/dev/null & sleep 0.5
ss -uln
kill $!
