# shell: bash
# declare -i integer, -l lower, -u upper, -r readonly, -x export.
declare -i n=5; n+=3; echo $n; n="2*4"; echo $n
declare -l lo=MiXeD; echo $lo
declare -u up=MiXeD; echo $up
declare -x ex=1; bash -c 'echo "ex=$ex"'
declare -p n lo up
