# shell: bash
# dash: echo escapes, printf %q refused, local outside a function fatal, type/command -V wording, trap listing.
cat > /tmp/d.sh <<'ZZZ'
echo -n a; echo -e 'b\tc'; echo 'd\ne'; echo -E x; echo '\c' after; echo '\0101'
printf '%q\n' x 2>&1; echo "rc=$?"
(local x=1; echo "not reached"); echo "rc=$?"
f() { local x=2 y; echo "$x${y-unset}"; }; f
getopts ab: o -a; echo "$o $OPTIND"
type cd echo nosuch; echo "rc=$?"
command -V ls true; echo "rc=$?"
x=$(false); echo "rc=$?"
set -o | head -3
echo $((1<<3)) $((~0)) $((3>2?4:5))
read -r a <<E
x\y
E
echo "$a"
cd /nonexistent; echo "rc=$?"
ulimit -x 2>&1; echo "rc=$?"
trap 'echo T' EXIT; trap; exit 3
ZZZ
dash /tmp/d.sh 2>&1; echo "rc=$?"
