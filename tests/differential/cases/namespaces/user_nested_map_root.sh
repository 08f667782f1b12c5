# shell: sh
# Nested user namespaces, each mapping root to the one outside.
unshare -r unshare -r sh -c "id -u; cat /proc/self/uid_map"
