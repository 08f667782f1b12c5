# shell: sh
# chown inside a user namespace: ids map down through uid_map; an unmapped id is EINVAL; owners read back mapped.
cd /tmp && touch f && chown 0:0 f
unshare -r sh -c 'chown 1000 f; echo "rc=$?"; chown 0:0 f; echo "rc=$?"; stat -c "%u %g %U %G" f; ls -ln f | cut -d" " -f3,4'
unshare -U sh -c 'stat -c "%u %g" f; chown 0 f; echo "rc=$?"'
chown 1000:1000 f
unshare -r stat -c "%u %g %U %G" f
