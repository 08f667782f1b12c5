# shell: bash
# local variables are visible to called functions (dynamic scope).
inner() { echo "inner sees $x"; x=changed; }
outer() { local x=outer-local; inner; echo "outer has $x"; }
x=global; outer; echo "global is $x"
