# shell: sh
# Globs match across directory components; a trailing / matches only directories.
mkdir -p /tmp/g/d1/x /tmp/g/d2 && touch /tmp/g/f /tmp/g/d1/y /tmp/g/d2/y
cd /tmp/g
echo */
echo */y
echo /tmp/g/d?/*
