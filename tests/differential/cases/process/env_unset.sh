# shell: sh
# env -u removes a variable; env -i starts empty.
export A=1 B=2
env -u A sh -c 'echo "A=[$A] B=[$B]"'
env -i /usr/bin/env
echo "empty env above"
env -i X=1 Y=2 /usr/bin/env
