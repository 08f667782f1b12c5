# shell: bash
# set -u: expanding an unset variable is an error; ${v-} and $@ are fine.
bash -c 'set -u; echo "${v-default}"; echo "$@"; echo "[$*]"; echo $undefined_var; echo not reached'; echo "status $?"
