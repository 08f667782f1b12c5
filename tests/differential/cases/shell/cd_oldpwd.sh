# shell: sh
# cd - goes back and prints the directory; OLDPWD and PWD follow.
cd /tmp
cd /
cd -
echo "$PWD $OLDPWD"
cd; echo "$PWD"
