# shell: sh
# IFS=: read splits /etc/passwd-style lines.
echo 'root:x:0:0:root:/root:/bin/sh' | { IFS=: read -r name pw uid gid gecos home shell; echo "$name $uid $home $shell"; }
