# shell: sh
# Backquotes: backslash before $ ` \\ is removed inside.
a=`echo \$HOME`; echo "$a"
b=`echo \`echo nested\``; echo "$b"
c=`echo '\\'`; echo "$c"
