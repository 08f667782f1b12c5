# shell: sh
# ls -l link count grows with hard links and with subdirectories.
mkdir /tmp/w && cd /tmp/w
touch f; ln f g; ln f h
mkdir d d/s1 d/s2
touch -d '2020-01-01' f d
ls -ld f d | awk '{print $1, $2, $NF}'
