# shell: sh
# id, /proc/self/uid_map and stat of files in a user ns mapping nobody's uid to root.
su nobody -s /bin/sh -c 'unshare -r sh -c "id; cat /proc/self/uid_map; stat -c \"%U %G\" / /tmp"'
su nobody -s /bin/sh -c 'unshare -U sh -c "id -u; id -g; touch /tmp/n1 2>&1; echo rc=\$?"'
