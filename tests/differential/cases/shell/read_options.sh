# shell: bash
# read -r -a -n -N -d -p and IFS for one read.
read -r -a arr <<< "one two  three"
echo "${#arr[@]} ${arr[2]}"
read -n 3 x <<< "abcdef"; echo "$x"
read -d : y <<< "left:right"; echo "$y"
IFS=, read -r a b c <<< "1,2,3,4"; echo "$a|$b|$c"
read -r line <<< 'back\slash'; echo "$line"
read line <<< 'back\slash'; echo "$line"
read -p "prompt> " z <<< "answer" 2>&1; echo; echo "$z"
printf 'no newline' | { read v; echo "status $? v=$v"; }
