# shell: sh
# split -t SEP: records end at SEP (\0 for NUL), and its separator errors.
cd /tmp && mkdir sp && cd sp && printf "a,b,c" > f
split -t , -l 1 f x && head x*; rm -f x*
printf 'a\0b\0c\0' > z; split -t '\0' -l 2 z y; od -c yaa; od -c yab
split -t ab f; echo $?; split -t '' f; echo $?; split -t , -t ';' f; echo $?; split -t , -t , -l2 f w; cat wab; echo
