# shell: sh
# ps -p of a pid that does not exist prints the header and exits 1.
ps -p 99999 -o pid,comm; echo "status $?"
