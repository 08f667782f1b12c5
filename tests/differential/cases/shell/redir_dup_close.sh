# shell: sh
# n>&m duplicates, n>&- closes; writing to a closed fd fails.
exec 3>&1
echo "via 3" >&3
exec 3>&-
{ echo x >&3; } 2>/dev/null || echo "fd 3 closed"
