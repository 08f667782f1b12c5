# shell: sh
# tee copies stdin to stdout and files; -a appends; a bad path is reported.
cd /tmp
echo one | tee a b
echo two | tee -a a > /dev/null
cat a b
echo x | tee /nonexistent/f; echo "status $?"
