# shell: bash
# bash <<< here-strings add a newline.
cat <<< "hello"
wc -c <<< abc
read -r a b <<< "x y z"; echo "$a|$b"
