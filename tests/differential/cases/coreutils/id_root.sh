# shell: sh
# id as root: uid, gid, groups; -u -g -n.
id
id -u; id -g; id -un; id -gn; id -G
whoami
id nosuchuser; echo "status $?"
