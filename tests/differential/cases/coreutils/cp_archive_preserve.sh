# shell: sh
# cp -a keeps mode, times, symlinks; cp -p keeps mode and times.
mkdir /tmp/w && cd /tmp/w && mkdir src && echo x > src/f && chmod 600 src/f && ln -s f src/l
touch -d '2001-02-03 04:05:06' src/f; touch -h -d '2001-02-03 04:05:06' src/l; touch -d '2001-02-03 04:05:06' src
cp -a src dst
stat -c '%n %A %y' dst dst/f | sed 's/\.000000000 +0000//'
readlink dst/l
cp -r src plain; stat -c '%n %a' plain/f; ls -l plain | grep -c '^l'
cp -p src/f kept; stat -c '%a %y' kept | sed 's/\.000000000 +0000//'
