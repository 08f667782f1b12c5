# shell: sh
# The first lines of unshare --help.
unshare --help | head -n 8
