# shell: sh
# command -v prints the path of a command, the name of a builtin or function.
command -v ls
command -v cd
f() { :; }; command -v f
command -v nosuch-xyz || echo "not found"
