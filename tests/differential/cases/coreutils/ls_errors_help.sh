# shell: sh
# ls: missing files (exit 2), bad option message, mix of good and bad.
cd /tmp
ls /nonexistent; echo "rc=$?"
ls -Q /tmp /nope 2>&1 >/dev/null; echo "rc=$?"
ls --bogus; echo "rc=$?"
ls -y; echo "rc=$?"
ls --help | head -1
