# shell: sh
# Only exported variables reach a child; VAR=x cmd sets it for one command.
X=1
sh -c 'echo "X=[$X]"'
export X
sh -c 'echo "X=[$X]"'
Y=2 sh -c 'echo "Y=[$Y]"'
echo "Y after=[$Y]"
env -i FOO=bar sh -c 'echo "FOO=$FOO"; env | grep -c -v -e ^PWD= -e ^FOO= -e ^SHLVL= -e ^_= -e ^OLDPWD='
echo end
