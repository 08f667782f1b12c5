# shell: bash
# dotglob includes dot files in *; globstar ** recurses.
mkdir -p /tmp/g/a/b && cd /tmp/g && touch .dot vis a/x a/b/y
echo *
shopt -s dotglob; echo *; shopt -u dotglob
shopt -s globstar; echo **; echo **/y
