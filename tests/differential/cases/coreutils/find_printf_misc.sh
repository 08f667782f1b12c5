# shell: sh
# find -printf %p %f %s %m %y %d %h, -ls-free, -quit, -regex.
mkdir -p /tmp/w/d && cd /tmp/w && printf abc > d/f && chmod 640 d/f && ln -s f d/l
find d -printf '%p %f %d %y\n' | sort
find d -type f -printf '%s %m %h\n'
find d -name '*' -print -quit
find . -regex '.*/d/f'
find . -regex '.*f' -type f
find d -printf '%M %u %g\n' | sort
