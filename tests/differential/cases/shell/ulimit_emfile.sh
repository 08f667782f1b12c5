# shell: bash
# RLIMIT_NOFILE is enforced: a redirection's open past the soft limit fails with EMFILE.
bash -c 'ulimit -n 5; exec 3</dev/null 4</dev/null; echo "3-4 open $?"; exec 5</dev/null; echo "status $?"'
bash -c 'ulimit -n 5; exec 3</dev/null 4</dev/null; exec 4<&-; exec 4</dev/null; echo "reopen $?"' 2>/dev/null
