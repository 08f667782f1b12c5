# shell: sh
# cut -d -f lists, -s, --complement, --output-delimiter, -c ranges, errors.
printf 'a:b:c:d\nno-delim\ne:f\n' > /tmp/c
cut -d: -f2 /tmp/c
cut -d: -f1,3 /tmp/c
cut -d: -f2- /tmp/c
cut -d: -f-2 -s /tmp/c
cut -d: --complement -f2 /tmp/c
cut -d: -f1,3 --output-delimiter=' | ' /tmp/c
cut -c2-4 /tmp/c
cut -c-3 /tmp/c
cut --complement -c1 /tmp/c
echo 'root:x:0:0:root:/root:/bin/bash' | cut -d: -f1,6,7
cut /tmp/c; echo "rc=$?"
cut -f0 /tmp/c; echo "rc=$?"
cut -d:: -f1 /tmp/c; echo "rc=$?"
