# shell: sh
# sha256sum/sha224sum -c report OK and FAILED lines.
cd /tmp
echo a > a; echo b > b
sha224sum a b > s224; echo c > b
sha224sum -c s224; echo "status $?"
sha384sum a | sha384sum -c; echo "status $?"
