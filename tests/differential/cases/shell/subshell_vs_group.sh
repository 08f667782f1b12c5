# shell: bash
# ( ) runs in a subshell (changes vanish), { } in the current shell; $BASHPID differs in ( ).
x=1
( x=2; cd /tmp; echo "in ( ): $x" ); echo "after ( ): $x"
{ x=3; echo "in { }: $x"; }; echo "after { }: $x"
[ "$$" = "$BASHPID" ] && echo "main same"
( [ "$$" = "$BASHPID" ] || echo "subshell differs" )
echo a | { read v; echo "pipe group sees $v"; }; echo "v=[${v-}]"
shopt -s lastpipe; set +m; echo b | read w; echo "lastpipe w=$w"
