# shell: sh
# whoami is root; groups lists root.
whoami
groups
id -nG
