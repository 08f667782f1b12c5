# shell: sh
# On tmpfs a directory's size is 40 + 20 per entry name... as Linux reports it.
mkdir /tmp/w && cd /tmp/w
stat -c %s .
touch a; stat -c %s .
mkdir bb; stat -c %s .
