# shell: sh
# touch -d, -t, -r, -a/-m, -c, and the times stat shows (TZ=UTC).
export TZ=UTC
cd /tmp && touch -d '2022-05-06 07:08:09' a && stat -c '%y' a
touch -t 202001020304.05 b && stat -c '%y' b
touch -t 2001020304 c && stat -c '%y' c
touch -r a d && stat -c '%y' d
touch -m -d '2000-01-01' a && stat -c '%x|%y' a
touch -a -d '1999-01-01' a && stat -c '%x|%y' a
touch -c nope; ls nope 2>&1
touch -d 'not a date' e; echo "rc=$?"
touch /nope/x; echo "rc=$?"
