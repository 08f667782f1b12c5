# shell: sh
# . FILE runs it in the current shell; its variables stay; positional parameters.
printf 'sourced_var=yes\necho "in sourced: $#"\n' > /tmp/lib.sh
. /tmp/lib.sh
echo "$sourced_var"
