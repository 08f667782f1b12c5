# shell: sh
# uname -s -m -o; -n equals the hostname.
uname
uname -s
uname -o
[ "$(uname -n)" = "$(hostname)" ] && echo "nodename is the hostname"
[ "$(uname -a | cut -d' ' -f1)" = Linux ] && echo "uname -a starts with Linux"
