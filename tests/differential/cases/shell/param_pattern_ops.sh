# shell: bash
# ${v//[class]/} and ${v//$pat/} with glob patterns, anchored removal.
v='Hello World'
echo "${v//[aeiou]/}"
echo "${v//[[:upper:]]/_}"
p='o*'; echo "${v/$p/X}"
echo "${v/#Hello/Bye}"
f=archive.tar.gz; echo "${f%%.*}" "${f#*.}"
