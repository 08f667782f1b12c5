# shell: sh
# set -e ignores failures in if/while conditions, && || lists (but the last) and ! pipelines.
sh -c 'set -e; if false; then :; fi; echo "after if"
false || true; echo "after ||"
false && true; echo "after &&"
! true; echo "after !"
while false; do :; done; echo "after while"'
echo "status $?"
