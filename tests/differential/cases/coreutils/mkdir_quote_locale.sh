# shell: sh
# mkdir names a directory with GNU's locale quote(): C escapes, \' for a quote.
mkdir "/nonexist/it's"; mkdir "/nonexist/a$(printf '\t')b"; mkdir '/nonexist/a"b'
mkdir "/nonexist/a\\b"; mkdir -v /tmp/q
nl=$(printf 'a\nb'); rmdir "$nl"; touch "/nonexist/$nl"
