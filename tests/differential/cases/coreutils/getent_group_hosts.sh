# shell: sh
# getent looks groups up by name and number; several keys; exit 2 on a miss.
getent group root; getent group 0; getent passwd 0
getent passwd root nosuchuser; echo "status $?"
getent nosuchdb x; echo "status $?"
getent; echo "status $?"
