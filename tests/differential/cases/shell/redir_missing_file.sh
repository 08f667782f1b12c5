# shell: bash
# Redirecting from a missing file: the command does not run.
bash -c 'cat < /nonexistent; echo next'; echo "status $?"
bash -c 'echo x > /nonexistent/dir/f'; echo "status $?"
