# shell: sh
# Arithmetic reads 0x hex and 0 octal constants.
echo $((0x1f)) $((010)) $((0)) $((0xFF + 1))
