# shell: sh
# free's header and row labels.
free | awk '{ print $1 }'
free -h | head -1
