# shell: sh
# unset removes a variable; unset -v and unset of an unset name succeed.
v=1; unset v; echo "[${v-unset}]"
unset nosuch; echo "status $?"
a=1 b=2; unset a b; echo "[$a$b]"
