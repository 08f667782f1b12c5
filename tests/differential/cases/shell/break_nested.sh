# shell: sh
# break N and continue N leave or skip N enclosing loops.
for a in 1 2 3; do for b in x y z; do [ $b = y ] && continue 2; [ $a = 3 ] && break 2; echo "$a$b"; done; done
echo end
