# shell: sh
# cp follows a symlink source by default; -P/-d copies the link; cp -r keeps links.
mkdir /tmp/w && cd /tmp/w && echo t > target && ln -s target l
cp l copy; stat -c '%n %F' copy
cp -P l copylink; stat -c '%n %F' copylink
cp -d l copylink2; readlink copylink2
