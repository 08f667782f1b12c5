# shell: bash
# exit statuses wrap at 256; 126 for a file that is not executable, 127 for a missing command.
bash -c 'exit 256'; echo $?
bash -c 'exit 257'; echo $?
bash -c 'exit -1'; echo $?
bash -c 'nosuchcmd' 2>&1; echo $?
printf 'echo hi\n' > /tmp/noexec; chmod -x /tmp/noexec
bash -c '/tmp/noexec' 2>&1; echo $?
bash -c 'exit abc' 2>&1; echo $?
