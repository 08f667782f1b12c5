# shell: bash
# eval'd commands count lines from the eval command's line.
echo start

eval "if"
eval "fi"
eval 'echo ok; nosuchcmd_x'
eval 'x=$((1/0))'
