# shell: bash
# type, command -v/-V and hash for builtins, keywords, functions, aliases and files.
shopt -s expand_aliases
alias ll='ls -l'
f() { echo hi; }
type echo if f ll cat
type -t echo if f ll cat
command -v echo f ll cat
command -V cat
type nosuch; echo "status $?"
hash -r; hash; echo "hash $?"
cat /dev/null; hash
hash -t cat
