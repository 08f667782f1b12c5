# shell: sh
# ls -R lists subdirectories with headers.
mkdir -p /tmp/w/a/b && touch /tmp/w/a/f /tmp/w/a/b/g && cd /tmp/w
ls -R
