# shell: sh
# join warns about disorder once unpairable lines were seen; --check-order stops.
cd /tmp
printf '1 a\n3 b\n2 c\n4 d\n' > s1; printf '1 A\n2 B\n3 C\n4 D\n' > s2
join s1 s2; echo "status $?"
join --check-order s1 s2; echo "status $?"
join --nocheck-order s1 s2; echo "status $?"
printf 'b 1\na 2\n' > u1; join u1 u1; echo "status $?"
join s1; join -o 3.1 s1 s2; join -a 3 s1 s2
