# shell: bash
# bash ${v/p/r} ${v//p/r} ${v/#p/r} ${v/%p/r}.
v=aXbXcX
echo "${v/X/-}" "${v//X/-}" "${v/#a/A}" "${v/%X/!}" "${v//X}"
p='a b'; echo "${p/ /_}"
