# shell: sh
# find -perm exact and -perm -mode; -newer a reference file.
mkdir /tmp/w && cd /tmp/w
touch a b c; chmod 644 a; chmod 755 b; chmod 700 c
find . -type f -perm 644
find . -type f -perm -u+x | sort
find . -type f -perm /o+x
touch -d '2020-01-01' a; touch -d '2021-01-01' ref; touch -d '2022-01-01' b c
find . -type f -newer ref | sort
