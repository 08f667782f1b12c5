# shell: sh
# A pipeline's status is the last command's; ! inverts it.
false | true; echo "false|true $?"
true | false; echo "true|false $?"
! true; echo "!true $?"
! false; echo "!false $?"
sh -c 'exit 7' | sh -c 'exit 9'; echo "7|9 $?"
