# shell: sh
# Files owned by ids with no mapping in the user namespace show as nobody/nogroup.
unshare -U stat -c "%u %g %U %G" /root
unshare -r stat -c "%u %g %U %G" /root
