# shell: sh
# numfmt --from/--to si, iec, iec-i, auto; rounding goes away from zero.
numfmt --to=iec 1024 1536 1048576 999 0 1023 10240 1000000 9999
numfmt --to=si 1000 1500000 999 123456 999.5 99999
numfmt --to=iec-i 2048
numfmt --from=si 1K 1.5M; numfmt --from=iec 1K 1.25K; numfmt --from=auto 1Ki 2K; numfmt --from=iec-i 4Ki
numfmt --round=down --to=si 1999; numfmt --round=nearest --to=iec 1600
numfmt --to=si -- -2000
