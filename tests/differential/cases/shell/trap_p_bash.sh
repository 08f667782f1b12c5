# shell: bash
# bash trap -p lists the traps with SIG names.
trap 'echo hi' INT TERM
trap -p
trap -p INT
trap - INT
trap -p
