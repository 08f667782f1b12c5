# shell: bash
# bash type: builtins, keywords, functions, files, aliases, -t and -a.
type cd
type if
f() { echo hi; }; type f
type ls
type -t echo; type -t if; type -t f; type -t ls
type nosuch-xyz 2>/dev/null; echo "status $?"
bash -c "type nosuch-xyz"
