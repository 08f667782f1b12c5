# shell: sh
# The first line of --help for common tools (the Usage line).
for c in ls cp mv rm mkdir cat head tail cut tr wc sort uniq chmod chown ln stat touch date df du env id tee seq; do $c --help | head -1; done
