# shell: sh
# As an unprivileged user, unshare -r -m may mount a tmpfs; proc needs a pid ns of its own; the host sees nothing.
su nobody -s /bin/sh -c 'unshare -r -m sh -c "mount -t tmpfs t /mnt && findmnt -n -o TARGET,FSTYPE /mnt; touch /mnt/f && ls -ln /mnt | tail -1 | cut -d\" \" -f1-4"'
su nobody -s /bin/sh -c 'unshare -r -m mount -t proc proc /mnt'; echo "rc=$?"
su nobody -s /bin/sh -c 'unshare -r -m -fp --mount-proc sh -c "echo \$\$"'
findmnt -n /mnt || echo "host: nothing on /mnt"
