# shell: bash
# declare -f prints a function's normalised source; declare -F lists names.
f() { if true; then echo "a b"; fi; for i in 1 2; do echo $i; done; }
declare -f f
g() { :; }
declare -F
