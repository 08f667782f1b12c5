# shell: bash
# shopt nullglob makes an unmatched glob vanish; failglob makes it an error.
cd /tmp
echo none*
shopt -s nullglob; echo "[" none* "]"; shopt -u nullglob
bash -c 'shopt -s failglob; echo none*; echo after'; echo "status $?"
