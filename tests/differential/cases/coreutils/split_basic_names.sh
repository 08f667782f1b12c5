# shell: sh
# split -l, -b, -d, prefix names; cat reassembles.
mkdir /tmp/w && cd /tmp/w && seq 10 > f
split -l 4 f; ls; cat xab
split -l 3 -d f part_; ls part_*
split -b 5 f b.; ls b.* | head -3; cat b.* | cmp - f && echo same
