# shell: sh
# cut -b byte ranges and -d' ' with repeated delimiters.
echo 'abcdefgh' | cut -b 1,3,5-6
echo 'a  b c' | cut -d' ' -f2
echo 'a  b c' | cut -d' ' -f3
