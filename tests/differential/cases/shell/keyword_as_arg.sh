# shell: sh
# Reserved words are only special in command position.
echo if then else fi do done case esac
for for in in; do echo "$for"; done
