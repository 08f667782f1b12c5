# shell: sh
# ${v-w} ${v:-w} ${v=w} ${v:=w}: unset vs empty.
unset u; e=
echo "[${u-def}] [${e-def}] [${u:-def}] [${e:-def}]"
echo "[${u+alt}] [${e+alt}] [${u:+alt}] [${e:+alt}]"
: ${u=set1}; echo "u=$u"
: ${e:=set2}; echo "e=$e"
