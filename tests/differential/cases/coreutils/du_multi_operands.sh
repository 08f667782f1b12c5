# shell: sh
# du with several operands counts a file once: a later operand inside an earlier one is skipped
cd /tmp && mkdir -p a/b/c && head -c 5000 /dev/zero > a/f1 && head -c 10000 /dev/zero > a/b/f2 && echo x > a/b/c/f3
du a a/b
echo ---; du a/b a
echo ---; du -c a a/b
echo ---; du -s a a
echo ---; du -a a a/b/f2
echo ---; du -ab a/b a/f1
echo ---; ln a/b/f2 a/hard; du -a a | sort -k2
echo ---; du -sc a/b a/b/c
