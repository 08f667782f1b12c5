# shell: bash
# type -a lists every meaning: keyword, function, builtin, then each file in PATH; -t/-p/-P with -a.
type -a echo
type -a true pwd
type -a -t echo
type -a -p echo; echo "p=$?"
type -a -P echo
echo() { builtin echo "f $*"; }
type -a echo | head -1
type -af echo
unset -f echo
type -a if
type -a nosuch_cmd; echo "rc=$?"
type -a ls
