# shell: sh
# groups, whoami, id -G of a user with supplementary groups after useradd-free edit.
groups
whoami
groups root
groups nosuch; echo "rc=$?"
id -Gn root
