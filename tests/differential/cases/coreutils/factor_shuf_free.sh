# shell: sh
# factor prints prime factors.
factor 12 97 1001 1
