# shell: sh
# numfmt --to=iec and --from=iec.
numfmt --to=iec 1024 1536 1048576 999
numfmt --from=iec 1K 1M
numfmt --to=si 1000 1500000
