# shell: bash
# Aliases are not expanded in a script unless expand_aliases is set.
alias hi='echo aliased'
hi 2>/dev/null || echo "not expanded: $?"
shopt -s expand_aliases
alias hi='echo aliased'
hi
alias hi
unalias hi
