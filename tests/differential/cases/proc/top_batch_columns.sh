# shell: sh
# top -b -n 1: the task list's column header and the summary labels.
top -b -n 1 > /tmp/top
sed -n 7p /tmp/top
sed -n 2p /tmp/top | sed 's/[0-9][0-9]*/N/g'
sed -n 4p /tmp/top | awk '{ print $1, $2 }'
