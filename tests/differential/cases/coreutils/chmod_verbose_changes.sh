# shell: sh
# chmod -v and -c messages, octal and symbolic, and errors.
mkdir /tmp/w && cd /tmp/w && touch f g
chmod 644 f g
chmod -v 600 f
chmod -v 600 f
chmod -c 600 f
chmod -c go+r f
chmod -v u=rwx,g=rx,o= g
chmod 888 f; echo "rc=$?"
chmod u+z f; echo "rc=$?"
chmod 644 nope; echo "rc=$?"
chmod -c 644 nope f; echo "rc=$?"
chmod; echo "rc=$?"
chmod 644; echo "rc=$?"
