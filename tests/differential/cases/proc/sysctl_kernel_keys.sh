# shell: sh
# A few kernel.* parameters through sysctl.
sysctl kernel.ostype
sysctl -n kernel.ngroups_max
sysctl -N kernel.ostype
