# shell: sh
# Variables set in a pipeline element do not survive (not lastpipe).
x=before
echo after | read x
echo "$x"
echo hi | { read y; echo "inside: $y"; }
