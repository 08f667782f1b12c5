# shell: sh
# find -exec {} \; vs {} +, -ok-free, -execdir, exit status of -exec.
mkdir -p /tmp/w/d && cd /tmp/w && echo hi > d/a && echo yo > d/b
find d -type f -exec cat {} \; | sort
find d -type f -exec echo file: {} \; | sort
find d -type f -exec echo {} + | tr ' ' '\n' | sort
find d -name a -exec sh -c 'echo "in $1"' _ {} \;
find d -type f -execdir pwd \; | sort -u
find d -name a -exec false {} \; ; echo "rc=$?"
find d -name a -exec false {} + ; echo "rc=$?"
find d -exec; echo "rc=$?"
