# shell: sh
# ~ expands to HOME at the start of a word and after = in assignments.
echo ~ ~/sub "~" ~root
HOME=/home/h
echo ~
x=~/a; echo $x
echo a~b
