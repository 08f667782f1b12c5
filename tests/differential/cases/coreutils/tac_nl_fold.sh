# shell: sh
# tac, tac -s; nl default, -ba, -w, -s, -n ln/rz; fold -w, -s, -b.
printf 'one\ntwo\n\nthree\n' > /tmp/t
tac /tmp/t
printf 'a,b,c,' | tac -s,; echo
nl /tmp/t
nl -ba /tmp/t
nl -w3 -s': ' /tmp/t
nl -n rz -w4 /tmp/t
nl -n ln /tmp/t
echo 'the quick brown fox jumps over the lazy dog' | fold -w 10
echo 'the quick brown fox jumps over the lazy dog' | fold -s -w 10
echo 'abcdefghij' | fold -b -w 4
