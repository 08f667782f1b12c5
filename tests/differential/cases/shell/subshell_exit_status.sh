# shell: sh
# exit inside ( ) leaves only the subshell; exit in { } leaves the shell.
(exit 3) && echo no || echo "subshell exited $?"
sh -c '{ exit 4; }; echo not reached'; echo "status $?"
