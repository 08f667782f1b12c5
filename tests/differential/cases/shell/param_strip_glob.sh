# shell: bash
# # ## % %% with globs: file names, extensions, paths.
f=/home/user/archive.tar.gz
echo "${f##*/} ${f%/*} ${f%.*} ${f%%.*} ${f#*.}"
echo "${f#/home}" "${f##*[/.]}"
a=(x.c y.c); echo "${a[@]%.c}"
s="  lead"; echo "[${s#"${s%%[! ]*}"}]"
