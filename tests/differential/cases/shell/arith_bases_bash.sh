# shell: bash
# bash arithmetic: base#digits, ** power, ++/--.
echo $((2#1011)) $((16#ff)) $((36#z)) $((2 ** 10))
i=1; echo $((i++)) $i $((++i)) $((i--)) $i
