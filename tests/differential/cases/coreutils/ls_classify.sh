# shell: sh
# ls -F and -p append type indicators.
mkdir /tmp/w && cd /tmp/w && mkdir d && touch f && printf '' > x && chmod +x x && ln -s f l && mkfifo p
ls -F
ls -p
