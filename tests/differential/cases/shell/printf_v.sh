# shell: bash
# printf -v assigns instead of printing; %q quotes.
printf -v out '%03d' 7; echo "$out"
printf '%q\n' 'a b' "it's" '$x'
printf '%(%Y)T\n' 0
