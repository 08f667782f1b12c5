# shell: sh
# getent passwd root and group root from /etc files.
getent passwd root
getent group root
getent passwd nosuchuser; echo "status $?"
