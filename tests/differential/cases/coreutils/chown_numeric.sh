# shell: sh
# chown to numeric ids and user:group; stat shows them.
touch /tmp/f
chown 1234:5678 /tmp/f; stat -c '%u %g' /tmp/f
chown root /tmp/f; stat -c '%U %g' /tmp/f
chown :root /tmp/f; stat -c '%U %G' /tmp/f
chown nosuchuser /tmp/f; echo "status $?"
