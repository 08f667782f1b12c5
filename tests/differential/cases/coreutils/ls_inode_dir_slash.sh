# shell: sh
# ls -i prints an inode before each name; -p marks dirs; -F marks exec/links.
mkdir /tmp/w && cd /tmp/w && mkdir d && touch f && printf '' > x && chmod +x x && ln -s f l
ls -i | sed 's/^ *[0-9][0-9]* /N /'
ls -p
ls -F
ls -iF d f | sed 's/^ *[0-9][0-9]* /N /'
