# shell: bash
# $"..." is a translatable string: a plain double-quoted string in the C locale.
name=world
echo $"hello $name"
printf '%s\n' $"two words"
