# shell: sh
# Pathname expansion: * ? [..] sorted; no match leaves the pattern.
cd /tmp && mkdir g && cd g && touch a1 a2 b1 .hidden ab
echo *
echo a?
echo [ab]1
echo [!a]*
echo nomatch*
echo "a*"
echo .h*
