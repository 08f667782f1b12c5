# shell: sh
# find -exec {} \; and +, -print0, -delete, -empty, -size.
mkdir -p /tmp/w && cd /tmp/w && printf 'abc' > f1 && : > e1 && mkdir ed
find . -type f -exec echo file {} \; | sort
find . -type f -exec echo batch {} + | wc -l
find . -empty | sort
find . -size +1c -type f
find . -name 'f*' -print0 | tr '\0' '\n'
find . -name e1 -delete; ls
find /nonexistent; echo "status $?"
