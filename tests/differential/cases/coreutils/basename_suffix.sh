# shell: sh
# basename -s, -a, suffix arg, trailing slashes; dirname with several args.
basename /usr/lib/file.tar.gz
basename /usr/lib/file.tar.gz .gz
basename -s .gz /a/x.gz /b/y.gz
basename -a /a/b /c/d/
basename /
basename //
basename dir/
basename .txt .txt
basename -z a/b | od -c | head -1
dirname /usr/lib/file
dirname file
dirname /
dirname a/b/ c/d//e
dirname //x
basename; echo "rc=$?"
dirname; echo "rc=$?"
