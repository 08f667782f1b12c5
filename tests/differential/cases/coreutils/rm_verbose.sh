# shell: sh
# rm -v and rm -rv print what they remove; rm -d removes an empty dir.
mkdir -p /tmp/w/t/s && touch /tmp/w/t/a /tmp/w/t/s/b /tmp/w/f && mkdir /tmp/w/e && cd /tmp/w
rm -v f
rm -rv t | sort
rm -dv e
