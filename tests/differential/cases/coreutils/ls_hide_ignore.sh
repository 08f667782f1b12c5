# shell: sh
# ls -I/--ignore, --hide (overridden by -a/-A) and -B/--ignore-backups
cd /tmp && mkdir hid && cd hid
touch a.txt b.log c.txt d~ .e~ .hidden
ls --hide='*.txt'
echo ---; ls -A --hide='*.txt'
echo ---; ls -I '*.txt'
echo ---; ls -A --ignore='*.txt' -I b.log
echo ---; ls -B
echo ---; ls -AB
echo ---; ls --ignore-backups -1
