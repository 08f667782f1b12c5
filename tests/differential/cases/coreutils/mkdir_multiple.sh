# shell: sh
# mkdir several dirs; one failure does not stop the others.
cd /tmp && mkdir x
mkdir a x b; echo "status $?"
ls -d a b x
