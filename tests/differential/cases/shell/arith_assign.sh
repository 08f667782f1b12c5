# shell: sh
# Arithmetic assignment operators change variables.
i=5
: $((i += 2)); echo $i
: $((i *= 3)); echo $i
: $((j = 4)); echo $j
echo $((i -= 1)) $i
