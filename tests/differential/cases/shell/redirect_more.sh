# shell: bash
# redirections: &> and &>>, 2>&1 order, >| with noclobber, <> read-write, here-doc to a loop.
cd /tmp
{ echo out; echo err >&2; } &> both; cat both
{ echo more; } &>> both; wc -l < both
ls /nonexistent > f 2>&1; sed 's/.*cannot/cannot/' f
ls /nonexistent 2>&1 > /dev/null | sed 's/.*cannot/cannot/'
set -C; echo x > both 2>/dev/null || echo "clobber refused"; echo y >| both; cat both; set +C
echo 12345 > rw; exec 3<> rw; read -n 2 c <&3; echo X >&3; exec 3>&-; cat rw
