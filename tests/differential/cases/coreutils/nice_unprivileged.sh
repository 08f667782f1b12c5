# shell: sh
# An unprivileged user may raise its niceness but not lower it.
su nobody -s /bin/sh -c 'nice -n 3 nice'
su nobody -s /bin/sh -c 'nice -n -5 nice'
su nobody -s /bin/sh -c 'nice -n 5 sh -c "nice -n -2 nice"'
