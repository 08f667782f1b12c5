# shell: sh
# exec >FILE sends the rest of the script's output to FILE.
exec 5>&1
exec >/tmp/out
echo "into file"
exec 1>&5 5>&-
echo "back"
cat /tmp/out
