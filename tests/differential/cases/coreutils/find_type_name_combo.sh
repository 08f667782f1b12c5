# shell: sh
# find -iname, -type f -name with several dirs as starting points.
mkdir -p /tmp/w/A /tmp/w/B && cd /tmp/w && touch A/Read.ME B/readme B/other
find A B -iname 'readme*'
find B -type f -not -name readme
