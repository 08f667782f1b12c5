# shell: sh
# In an unquoted here-doc, backslash-newline joins lines and \$ escapes.
cat <<END
one \
joined
cost \$5 and \\ and \"q\"
END
