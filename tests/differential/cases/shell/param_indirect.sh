# shell: bash
# bash indirect expansion ${!name} and ${!prefix@}.
target=value; ref=target
echo "${!ref}"
pa=1 pb=2
echo "${!p@}"
