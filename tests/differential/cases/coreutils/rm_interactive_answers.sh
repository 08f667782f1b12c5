# shell: sh
# rm -i prompts for a file; answers y and n.
mkdir /tmp/w && cd /tmp/w && touch a b && echo data > c
echo n | rm -i a; echo; ls a
echo y | rm -i a; echo; ls a 2>&1
echo y | rm -iv c; echo
printf 'y\ny\ny\n' | rm -ri b; echo; ls
