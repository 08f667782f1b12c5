# shell: sh
# sed s///g, groups \1, &, -E groups, case flags, nth occurrence, other delimiters.
echo 'hello world hello' | sed 's/hello/bye/'
echo 'hello world hello' | sed 's/hello/bye/g'
echo 'hello world hello' | sed 's/hello/bye/2'
echo 'john smith' | sed 's/\(.*\) \(.*\)/\2, \1/'
echo 'john smith' | sed -E 's/(\w+) (\w+)/\2 \1/'
echo 'abc' | sed 's/b/[&]/'
echo '/usr/local/bin' | sed 's|/usr/local|/opt|'
echo 'Hello' | sed 's/hello/X/I'
echo 'a.b.c' | sed 's/\./-/g'
echo 'aaa' | sed -E 's/a{2}/X/'
echo 'foo123bar' | sed -E 's/[0-9]+//'
echo 'x y' | sed 's/\(x\) \(y\)/\U\1\E-\2/'
echo 'path' | sed 's/a/\n/' | od -c | head -1
