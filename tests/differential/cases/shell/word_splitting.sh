# shell: sh
# Unquoted expansions split on IFS; quoted ones do not.
v='a  b   c'
printf '<%s>' $v; echo
printf '<%s>' "$v"; echo
IFS=:
w='x:y::z'
printf '<%s>' $w; echo
