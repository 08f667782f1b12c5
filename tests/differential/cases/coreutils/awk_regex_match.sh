# shell: sh
# awk regex match, match() RSTART RLENGTH, sub, ~ and !~, character classes.
echo 'foo123bar' | awk '{ if (match($0, /[0-9]+/)) print RSTART, RLENGTH }'
echo 'aaa' | awk '{n = sub(/a/, "b"); print n, $0}'
printf 'x1\ny\n' | awk '$0 ~ /[[:digit:]]/ {print "has digit:", $0} $0 !~ /1/ {print "no 1:", $0}'
echo 'a.b.c' | awk -F. '{print $NF}'
