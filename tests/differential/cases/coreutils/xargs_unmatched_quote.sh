# shell: sh
# xargs unmatched quote: runs what it parsed, then the error, status 1.
echo "a 'b" | xargs echo 2>/tmp/err; echo "status $?"
cat /tmp/err
