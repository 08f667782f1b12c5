# shell: sh
# ls -l shows a link and its target; -L follows it; a dangling link too.
mkdir /tmp/w && cd /tmp/w
echo hi > t; ln -s t l; ln -s missing dl
touch -h -d '2020-01-01' t l dl
ls -l l dl
ls -lL l
