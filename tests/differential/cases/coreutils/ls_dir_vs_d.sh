# shell: sh
# ls DIR lists its content, ls -d DIR the directory itself; several args get headers.
mkdir -p /tmp/w/d1 /tmp/w/d2 && touch /tmp/w/d1/x /tmp/w/d2/y /tmp/w/f && cd /tmp/w
ls d1
ls -d d1
ls d1 d2 f
