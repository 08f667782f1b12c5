# shell: sh
# The first line of --version names GNU coreutils 9.1.
for c in ls cp cat sort date; do $c --version | head -1; done
