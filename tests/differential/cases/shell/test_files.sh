# shell: sh
# test file operators on files, dirs, links, fifos, empty files.
cd /tmp && mkdir d && touch e && echo x > f && ln -s f l && ln -s nowhere dangling && mkfifo p
for t in -e -f -d -L -h -s -p -r -w -x; do
  r=
  for o in d e f l dangling p nosuch; do if [ $t $o ]; then r="$r $o"; fi; done
  echo "$t:$r"
done
[ e -ef e ] && echo "-ef same file"
