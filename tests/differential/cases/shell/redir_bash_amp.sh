# shell: bash
# bash &> and &>> redirect both streams.
cd /tmp
{ echo out; echo err >&2; } &> f; cat f
{ echo more >&2; } &>> f; cat f
