# shell: sh
# /proc/version begins with 'Linux version'; /proc/sys/kernel/ostype is Linux.
cut -c1-14 /proc/version
cat /proc/sys/kernel/ostype
[ "$(cat /proc/sys/kernel/osrelease)" = "$(uname -r)" ] && echo "osrelease is uname -r"
