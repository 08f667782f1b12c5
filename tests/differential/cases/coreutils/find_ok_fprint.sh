# shell: sh
# find -ok asks on stderr and reads the answer from stdin; -fprint writes to a file
cd /tmp && mkdir -p d/sub && echo hi > d/a.txt && echo x > d/sub/b.log
find d -name '*.txt' -ok echo found {} \; < /dev/null; echo " rc=$?"
echo y | find d -name '*.txt' -ok echo found {} \;
printf 'n\n' | find d -name '*.log' -ok rm {} \; ; ls d/sub
printf 'yes\n' | find d -name '*.log' -ok rm {} \; ; ls d/sub
find d -type f -fprint list; cat list
find d -name a.txt -fprint list2 -print; cat list2
