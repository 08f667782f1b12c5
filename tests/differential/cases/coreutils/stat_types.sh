# shell: sh
# stat %F for every file type, %t %T for devices.
cd /tmp && mkfifo p && touch f && mkdir d && ln -s f l
stat -c '%n %F' p f d l /dev/null
stat -c '%n %t %T' /dev/null /dev/zero /dev/tty
