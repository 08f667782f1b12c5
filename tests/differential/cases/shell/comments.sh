# shell: sh
# Comments start at # at a word start only.
echo a # comment
echo b#notcomment
echo '#' "#" \#x
# echo never
