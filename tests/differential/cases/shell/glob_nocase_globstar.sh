# shell: bash
# shopt nocaseglob matches names in any case; globstar dir/** lists dir/ itself, **/x at any depth.
mkdir -p /tmp/g && cd /tmp/g
touch Abc abd ABE other
echo a*
shopt -s nocaseglob; echo a*; echo [a]B?; shopt -u nocaseglob; echo [a]B?
mkdir -p d/e/f; touch d/1 d/e/2 d/e/f/3
shopt -s globstar
echo d/**
echo d/**/
echo **/3
echo d/**/2
shopt -u globstar; echo d/**
