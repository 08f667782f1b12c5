# shell: bash
# bash arithmetic for loop.
for ((i = 0; i < 3; i++)); do echo $i; done
for ((;;)); do echo once; break; done
