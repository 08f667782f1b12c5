# shell: sh
# Root in a user namespace may make a network namespace it owns and configure it.
unshare -r -n sh -c "ip link set lo up; ip -br addr; ip link add v0 type veth peer name v1; ip -br link | cut -d\" \" -f1"
unshare -U -n true; echo "status $?"
