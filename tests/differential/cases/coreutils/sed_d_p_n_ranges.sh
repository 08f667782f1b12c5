# shell: sh
# sed -n p, d, addresses (N, $, /re/), ranges N,M and /a/,/b/, !, step first~step, =.
seq 10 > /tmp/s
sed -n '3p' /tmp/s
sed -n '$p' /tmp/s
sed '2,8d' /tmp/s
sed -n '/4/,/6/p' /tmp/s
sed -n '2,+2p' /tmp/s
sed -n '1~3p' /tmp/s
sed '3!d' /tmp/s
sed -n '/^1/p' /tmp/s
sed '/5/,$d' /tmp/s
sed -n '$=' /tmp/s
sed -n -e 1p -e 2p /tmp/s
sed -e 's/1/one/' -e 's/2/two/' /tmp/s | head -3
sed '0~4d' /tmp/s | tr '\n' ' '; echo
