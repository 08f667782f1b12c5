# shell: sh
# dash's echo interprets backslash escapes (XSI); printf is portable.
dash -c 'echo "a\tb\nc"; echo "x\c"; echo y'
