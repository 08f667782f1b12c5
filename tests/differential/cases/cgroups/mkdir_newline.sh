# shell: sh
# A group name may not contain a newline (EINVAL).
cg=$(awk '$3 == "cgroup2" {print $2; exit}' /proc/self/mounts)
cd "$cg"
mkdir "vlab-$(printf 'a\nb')"; echo "status $?"
mkdir "vlab-a b"; echo "space $?"
ls -d vlab-a* 
rmdir "vlab-a b"
