# shell: bash
# ${x-d} ${x=d} ${x+a} ${x?} without the colon treat empty as set; with the colon as unset.
e=
echo "[${e-def}] [${e:-def}] [${u-def}]"
echo "[${e+alt}] [${e:+alt}] [${u+alt}]"
echo "[${e=new}] [$e]"; echo "[${v=new}] [$v]"
: ${e:=colon}; echo "[$e]"
( : ${u?is unset} ) 2>&1 | sed 's/^.*line [0-9]*: //'
( : ${e?not shown}; echo "e set ok" )
set -- a ""
echo "[${2-x}] [${2:-x}] [${3-x}]"
