# shell: sh
# grep from stdin labels it (standard input) with -H; -r without args.
echo hit | grep -H hit
echo hit | grep -c hit -
