# shell: sh
# fold -w wraps at width, -s at spaces.
echo 'abcdefghij' | fold -w 4
echo 'one two three four' | fold -s -w 9
