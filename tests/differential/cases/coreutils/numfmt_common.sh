# shell: sh
# numfmt --to=iec, --to=si, --from=iec, --suffix.
numfmt --to=iec 1024 1048576 1536
numfmt --to=si 1000 1500000
numfmt --from=iec 1K 2M
numfmt --to=iec-i 4096
echo 2048 | numfmt --to=iec --suffix=B
