# shell: sh
# --wd changes directory; a missing one is an error.
unshare -w /tmp pwd
unshare -R / -w /tmp pwd
unshare -w /nonexistent true; echo "status $?"
