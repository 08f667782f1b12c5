# shell: bash
# ${x/pat/rep} once, // all, /# prefix, /% suffix, empty replacement, & in bash 5.2.
x=foo.bar.foo
echo "${x/foo/X} ${x//foo/X} ${x/#foo/X} ${x/%foo/X} ${x//o}"
echo "${x/bar/[&]}"
p=/usr/local/bin; echo "${p//\//:}"
a=(ab cb); echo "${a[@]/b/Z}"
echo "${x/*./}"
