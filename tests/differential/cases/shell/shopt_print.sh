# shell: bash
# shopt -p prints settable commands; shopt -q tests silently.
shopt -p nullglob extglob
shopt -s nullglob
shopt nullglob
shopt -q nullglob && echo "on"
bash -c "shopt -p nosuchopt"; echo "status $?"
