# shell: sh
# sed address forms: first~step, /re/I, addr,+N, 0,/re/, !.
seq 10 | sed -n '1~3p' | tr '\n' ' '; echo
printf 'A\nb\na\n' | sed -n '/a/Ip'
seq 10 | sed -n '/4/,+2p' | tr '\n' ' '; echo
seq 5 | sed '0,/2/d' | tr '\n' ' '; echo
seq 5 | sed '2!d'
