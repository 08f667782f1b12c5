# shell: sh
# A child inherits the shell's open fds; a redirection opened by exec is shared.
exec 3>/tmp/f
echo parent >&3
sh -c 'echo child >&3'
exec 3>&-
cat /tmp/f
