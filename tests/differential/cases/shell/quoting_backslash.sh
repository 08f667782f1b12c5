# shell: sh
# Unquoted backslash escapes the next character; backslash-newline joins lines.
echo a\ b\$c\\d
echo one \
two
echo "x\
y"
