# shell: sh
# find -newer, -mtime +N/-N, -perm exact, -perm -, -perm /, -user/-group.
mkdir /tmp/w && cd /tmp/w
touch -d '2000-01-01' old; touch new; touch -d '2010-01-01' ref
chmod 644 old; chmod 755 new; chmod 600 ref
find . -type f -newer ref
find . -type f -mtime +365 | sort
find . -type f -mtime -1
find . -type f -perm 644
find . -type f -perm -u+x
find . -type f -perm /o+r | sort
find . -type f -perm -600 | sort
find . -type f -user root | sort
find . -type f -group root -name 'n*'
find . -newer nope; echo "rc=$?"
