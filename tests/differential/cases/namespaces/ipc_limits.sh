# shell: sh
# ipcs -l prints the namespace limits.
unshare -i ipcs -l
