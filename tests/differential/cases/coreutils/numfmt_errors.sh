# shell: sh
# numfmt reports bad numbers and suffixes; --invalid decides what happens.
numfmt abc; echo "status $?"
numfmt 1K; echo "status $?"
numfmt --from=si 1Q; echo "status $?"
numfmt --invalid=ignore x 5; echo "status $?"
numfmt --invalid=warn x 3; echo "status $?"
numfmt --invalid=fail x 3; echo "status $?"
printf '1024 2048\n  4096   x\n' | numfmt --to=iec --field=1-2 --invalid=warn
numfmt --to=bogus 1; echo "status $?"
