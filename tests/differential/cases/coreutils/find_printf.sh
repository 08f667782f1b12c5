# shell: sh
# find -printf with %p %f %s %y %m %d.
mkdir -p /tmp/w/d && cd /tmp/w && printf 'abc' > d/f
find . -printf '%p|%f|%y|%d\n' | sort
find d -type f -printf '%s %m %h\n'
