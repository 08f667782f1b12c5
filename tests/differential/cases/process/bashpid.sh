# shell: bash
# BASHPID changes in a subshell while $$ does not.
[ "$BASHPID" = "$$" ] && echo "top level equal"
( [ "$BASHPID" != "$$" ] && echo "subshell differs" )
x=$(echo $BASHPID); [ "$x" != "$$" ] && echo "command substitution differs"
