# shell: sh
# The default action of SIGCHLD, SIGWINCH and SIGURG is to ignore: the shell lives on.
sh -c 'kill -CHLD $$; kill -WINCH $$; kill -URG $$; echo still here'
echo "status $?"
