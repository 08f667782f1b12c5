# shell: sh
# env -v traces what it does on stderr; -i, -u, =VALUE operands, -0.
env -v -i A=1 true 2>&1
env -vS'echo x' 2>&1
env -0 -i A=1 B=2 | od -c | head -n 1
env -i =x env; echo "status $?"
env -i A=1 B=2 -u A env
env -iu A B=1 env
