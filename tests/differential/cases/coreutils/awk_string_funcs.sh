# shell: sh
# awk substr, index, length, toupper/tolower, sub/gsub with counts and &, match RSTART/RLENGTH, sprintf.
awk 'BEGIN {s="hello world"; print substr(s,1,5); print substr(s,7); print index(s,"wor"); print length(s)}'
awk 'BEGIN {print toupper("abc"), tolower("XyZ")}'
echo 'foo bar foo' | awk '{n=gsub(/foo/,"baz"); print n, $0}'
echo 'foo bar foo' | awk '{sub(/foo/,"[&]"); print}'
echo 'aaa' | awk '{gsub(/a/,"\\&"); print}'
echo 'abc123def' | awk '{if (match($0,/[0-9]+/)) print RSTART, RLENGTH, substr($0,RSTART,RLENGTH)}'
awk 'BEGIN {x = sprintf("%s-%d", "id", 42); print x}'
echo 'The Cat' | awk '{print tolower($2)}'
awk 'BEGIN {print substr("hello", 0, 2); print substr("hello", -1); print substr("hello", 4, 100)}'
echo 'a,b;c' | awk '{gsub(/[,;]/, " "); print $2}'
