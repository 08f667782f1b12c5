# shell: sh
# ln makes hard links (link count), ln -s symlinks; errors when the target exists.
cd /tmp && echo x > f
ln f h; stat -c '%h' f
ln -s f s; readlink s
ln f h; echo "status $?"
ln -sf /etc s; readlink s
ln nope z; echo "status $?"
