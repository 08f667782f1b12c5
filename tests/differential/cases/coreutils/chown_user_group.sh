# shell: sh
# chown user:group, user:, :group, -v, -R, numeric ids, chgrp, errors.
mkdir /tmp/w && cd /tmp/w && touch f && mkdir -p d/e && touch d/e/x
chown nobody f; stat -c '%U %G' f
chown root:nogroup f; stat -c '%U %G' f
chown nobody: f; stat -c '%U %G' f
chown :root f; stat -c '%U %G' f
chown 1234:5678 f; stat -c '%u %g %U %G' f
chown -v root:root f
chown -v root:root f
chown -c root f
chown -R nobody:nogroup d; stat -c '%n %U %G' d d/e d/e/x
chgrp -v root d
chown nosuchuser f; echo "rc=$?"
chown root:nosuchgroup f; echo "rc=$?"
chown root nope; echo "rc=$?"
chown; echo "rc=$?"
