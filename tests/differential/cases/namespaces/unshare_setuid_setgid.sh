# shell: sh
# -S and -G set the ids before the program runs.
unshare -S 1000 -G 1000 sh -c "id -u; id -g"
unshare -S x true; echo "status $?"
