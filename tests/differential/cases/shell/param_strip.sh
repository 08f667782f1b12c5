# shell: sh
# ${v#p} ${v##p} ${v%p} ${v%%p} strip the shortest/longest prefix/suffix.
p=/usr/local/lib/file.tar.gz
echo "${p#*/}"
echo "${p##*/}"
echo "${p%.*}"
echo "${p%%.*}"
echo "${p#nomatch}"
f=file.txt; echo "${f%.txt}.md"
