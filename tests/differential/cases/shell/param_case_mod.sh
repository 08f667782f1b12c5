# shell: bash
# case modification ${x^} ${x^^} ${x,} ${x,,} ${x~~} and on arrays, plus ${x@Q} ${x@U}.
x="hello World"
echo "${x^} ${x^^} ${x,} ${x,,} ${x~~}"
echo "${x^^[lo]}"
a=(one two); echo "${a[@]^}"
echo "${x@Q}" "${x@U}" "${x@L}"
y='it'"'"'s'; echo "${y@Q}"
