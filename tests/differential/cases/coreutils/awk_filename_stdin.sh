# shell: sh
# mawk: FILENAME is "-" while reading standard input (empty in BEGIN), the named file otherwise
echo q > f
echo q | awk '{print "[" FILENAME "]"}'
echo q | awk 'BEGIN{print "[" FILENAME "]"} END{print "[" FILENAME "]"}'
echo q | awk '{print FILENAME, FNR}' f - f
awk 'END{print FILENAME, NR}' f f
