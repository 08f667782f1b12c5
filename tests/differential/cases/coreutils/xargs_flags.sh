# shell: sh
# xargs -n, -0, -I {}, -t, -r, -L, default echo, -d.
printf 'a b c\nd e\n' | xargs
printf 'a b c\nd e\n' | xargs -n 2
printf 'a b c\nd e\n' | xargs -L 1 echo line:
printf 'x\0y z\0' | xargs -0 -n1 echo
printf 'one\ntwo\n' | xargs -I {} echo 'got {} here'
printf 'one\ntwo\n' | xargs -t echo 2>&1
printf '' | xargs echo ran; echo "rc=$?"
printf '' | xargs -r echo ran; echo "rc=$?"
printf 'a,b,c' | xargs -d, -n1
printf '1\n2\n' | xargs -I X sh -c 'echo X; exit 0'
echo a | xargs false; echo "rc=$?"
echo a | xargs nosuchcmd; echo "rc=$?"
