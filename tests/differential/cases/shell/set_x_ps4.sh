# shell: bash
# PS4 customises the trace prefix; nesting repeats its first char.
bash -c 'PS4="TRACE> "; set -x; echo a; x=$(echo b)' 2>&1
