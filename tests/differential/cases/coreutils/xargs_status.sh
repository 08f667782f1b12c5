# shell: sh
# xargs exit statuses: 123 when a command fails, 127 not found, 124 on 255.
echo a | xargs false; echo "status $?"
echo a | xargs nosuch-xyz; echo "status $?"
echo a | xargs sh -c 'exit 255'; echo "status $?"
