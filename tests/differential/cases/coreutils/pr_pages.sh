# shell: sh
# pr pages: a five-line header with the file's date and name, trailer, padding to 66 lines.
cd /tmp
seq 3 > f; touch -d '2024-01-02 03:04' f
pr f | head -n 8; pr f | wc -l
pr -h HEAD -l 12 f | head -n 5
pr -D '%d/%m' -l 11 f | head -n 3
seq 100 | pr -l 20 f - | grep -c Page
pr nope; echo "status $?"
