# shell: sh
# env -i, -u, NAME=value, env with a command, and env errors.
env -i /usr/bin/env
env -i A=1 B=2 env
FOO=bar env | grep '^FOO='
FOO=bar env -u FOO env | grep -c '^FOO='
env -i PATH=/bin:/usr/bin sh -c 'echo $PATH; echo ${HOME-unset}'
env nonexistent_cmd; echo "rc=$?"
env -i A=1 sh -c 'echo $A'
env --bogus; echo "rc=$?"
