# shell: sh
# A new user namespace has its own inode; the others stay shared.
a=$(readlink /proc/self/ns/user); b=$(unshare -U readlink /proc/self/ns/user)
[ "$a" != "$b" ] && echo "user differs"
[ "$(readlink /proc/self/ns/net)" = "$(unshare -U readlink /proc/self/ns/net)" ] && echo "net shared"
echo "$b" | sed "s/[0-9][0-9]*/N/"
