# shell: bash
# How the end of a -c string, eval text or a script without a final newline ends a command.
bash -c 'cat <<E
x
E'; echo "rc=$?"
bash -c 'echo a \'; echo "rc=$?"
bash -c 'echo a #c'; echo "rc=$?"
bash -c 'echo a;'; echo "rc=$?"
bash -c 'alias x=echo
x hi'; echo "rc=$?"
printf 'echo one\necho >' > /tmp/nonl.sh; bash /tmp/nonl.sh; echo "rc=$?"
printf 'echo one\nif true' > /tmp/nonl2.sh; bash /tmp/nonl2.sh; echo "rc=$?"
printf 'echo one\necho $(ls' > /tmp/nonl3.sh; bash /tmp/nonl3.sh; echo "rc=$?"
eval 'echo >'; echo "rc=$?"
eval 'for'; echo "rc=$?"
