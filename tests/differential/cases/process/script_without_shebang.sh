# shell: sh
# A text file with x bit and no #! line is run by the shell as a script (ENOEXEC fallback).
printf 'echo "from script: $1"\n' > /tmp/noshebang
chmod +x /tmp/noshebang
/tmp/noshebang arg1; echo "status $?"
