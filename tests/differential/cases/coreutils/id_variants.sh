# shell: sh
# id -u -g -G -n -un -gn -r and id of other users.
id
id -u; id -g; id -G; id -un; id -gn; id -Gn
id -ur
id nobody
id -u nobody; id -gn nobody
id root
id nosuchuser; echo "rc=$?"
id -n; echo "rc=$?"
