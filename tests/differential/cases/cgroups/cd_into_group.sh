# shell: sh
# A group is an ordinary directory for cd, ls -a and find.
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir -p vlab-cd/sub
cd vlab-cd
pwd | sed "s|^$cg|CG|"
ls -a | head -n 3
find . -maxdepth 1 -type d | sort
cd ..
rmdir vlab-cd/sub vlab-cd
