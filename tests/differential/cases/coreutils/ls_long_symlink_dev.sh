# shell: sh
# ls -l of a symlink shows the arrow; -L follows; -ld on a dir; /dev/null line.
mkdir /tmp/w && cd /tmp/w && printf hi > target && ln -s target link
touch -h -d '2020-02-02 02:02' link; touch -d '2020-02-02 02:02' target
ls -l link | cut -c1-10,11- | sed 's/ [0-9]* root/ N root/'
ls -lL link | sed 's/ 1 root/ N root/'
ls -l /dev/null | awk '{print $1, $3, $4, $5, $6}'
