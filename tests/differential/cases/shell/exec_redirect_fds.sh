# shell: sh
# exec with only redirections changes the shell's own fds.
exec 3>/tmp/log
echo one >&3
echo two >&3
exec 3>&-
cat /tmp/log
exec 4</tmp/log
read -r first <&4; read -r second <&4
echo "$first $second"
exec 4<&-
