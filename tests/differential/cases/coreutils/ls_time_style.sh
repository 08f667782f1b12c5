# shell: sh
# ls --time-style=long-iso and full-iso with a fixed mtime.
mkdir /tmp/w && cd /tmp/w && touch -d '2019-07-08 09:10:11.123456789' f
ls -l --time-style=long-iso f | awk '{print $6, $7, $8}'
ls -l --time-style=full-iso f | awk '{print $6, $7, $8, $9}'
ls -l --time-style=+%Y/%m/%d f | awk '{print $6, $7}'
