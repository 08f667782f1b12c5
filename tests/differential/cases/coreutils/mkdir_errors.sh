# shell: sh
# mkdir errors: exists, missing parent; -p is quiet; -v reports.
cd /tmp
mkdir a; mkdir a; echo "status $?"
mkdir x/y; echo "status $?"
mkdir -p x/y/z; echo "status $?"
mkdir -p x/y; echo "status $?"
mkdir -pv m/n
touch file; mkdir -p file/sub; echo "status $?"
