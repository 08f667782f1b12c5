# shell: sh
# sort -n with negatives, decimals, blanks; -g; -V versions; -M months.
printf '10\n-2\n3.5\n\n+1\n0\n' | sort -n | tr '\n' ' '; echo
printf '1e3\n2\n1.5e1\n' | sort -g | tr '\n' ' '; echo
printf 'v1.10\nv1.2\nv1.1\n' | sort -V | tr '\n' ' '; echo
printf 'Mar\nJan\nFeb\n' | sort -M | tr '\n' ' '; echo
