# shell: sh
# exit statuses wrap modulo 256.
sh -c 'exit 256'; echo $?
sh -c 'exit 257'; echo $?
sh -c 'exit 255'; echo $?
