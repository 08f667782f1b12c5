# shell: sh
# unshare as an unprivileged user: each namespace type without -U fails with EPERM; with -r it works.
for f in -u -i -n -m -p -C; do su nobody -s /bin/sh -c "unshare $f true"; echo "$f rc=$?"; done
su nobody -s /bin/sh -c 'unshare -r -u -i -n -m -C sh -c "id -u; hostname x && hostname"'
su nobody -s /bin/sh -c 'unshare -U id -u'
su nobody -s /bin/sh -c 'unshare -r -fp --mount-proc sh -c "echo \$\$"'
