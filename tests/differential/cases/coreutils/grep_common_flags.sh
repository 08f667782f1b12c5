# shell: sh
# grep -i -v -n -c -l -L -w -x -o -E -F -r -h -H -q -s, and exit codes.
mkdir -p /tmp/g/sub && cd /tmp/g && printf 'Apple\nbanana\napple pie\ncherry\n' > f && printf 'apple\n' > sub/h && printf 'none\n' > z
grep apple f
grep -i apple f
grep -v apple f
grep -n an f
grep -c a f
grep -l apple f z sub/h
grep -L apple f z
grep -w apple f
grep -x apple sub/h
grep -o 'an' f
grep -E 'ch|ba' f
grep -F 'a.p' f; echo "rc=$?"
grep -r apple . | sort
grep -rh apple . | sort
grep -q cherry f && echo found
grep nope f; echo "rc=$?"
grep x nofile; echo "rc=$?"
grep -s x nofile; echo "rc=$?"
