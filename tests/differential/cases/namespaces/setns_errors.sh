# shell: sh
# nsenter errors: bad pid, missing target file, wrong type of namespace file, no permission.
nsenter -t 999999 -n true; echo rc=$?
nsenter --net=/nonexistent true; echo rc=$?
nsenter --net=/proc/self/ns/uts true; echo rc=$?
nsenter --uts=/etc/hostname true; echo rc=$?
nsenter true; echo rc=$?
su nobody -s /bin/sh -c 'nsenter -t 1 -u true'; echo rc=$?
