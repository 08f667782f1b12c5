# shell: bash
# A #! line naming a missing interpreter: bash says 'bad interpreter'.
printf '#!/nonexistent/interp\necho hi\n' > /tmp/s
chmod +x /tmp/s
bash -c '/tmp/s'; echo "status $?"
