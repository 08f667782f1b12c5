// The GNU coreutils pages added after the first set (checksums, text formatting, files), in page.ts's format,
// drafted from the Debian 12 pages: NAME, SYNOPSIS, the first DESCRIPTION paragraph and the first
// sentence of each option vlab implements.

export const COREUTILS_MORE_PAGES_TEXT = `
@ [ 1
% GNU coreutils 9.1 | September 2022 | TEST
check file types and compare values
test EXPRESSION || test || [ EXPRESSION ]
: Exit with the status determined by EXPRESSION.
-n STRING | the length of STRING is nonzero
-z STRING | the length of STRING is zero
-b FILE | FILE exists and is block special
-c FILE | FILE exists and is character special
-d FILE | FILE exists and is a directory
-e FILE | FILE exists
-f FILE | FILE exists and is a regular file
-g FILE | FILE exists and is set-group-ID
-G FILE | FILE exists and is owned by the effective group ID
-h FILE | FILE exists and is a symbolic link (same as -L)
-k FILE | FILE exists and has its sticky bit set
-L FILE | FILE exists and is a symbolic link (same as -h)

@ arch 1
% GNU coreutils 9.1 | September 2022
print machine hardware name (same as uname -m)
arch [OPTION]...
: Print machine architecture.

@ b2sum 1
% GNU coreutils 9.1 | September 2022
compute and check BLAKE2 message digest
b2sum [OPTION]... [FILE]...
: Print or check BLAKE2b (512-bit) checksums.
-b, --binary | read in binary mode
-c, --check | read checksums from the FILEs and check them
-l, --length=BITS | digest length in bits
--tag | create a BSD-style checksum
-t, --text | read in text mode (default)
-z, --zero | end each output line with NUL, not newline, and disable file name escaping
--ignore-missing | don't fail or report status for missing files
--quiet | don't print OK for each successfully verified file
--status | don't output anything, status code shows success
--strict | exit non-zero for improperly formatted checksum lines
-w, --warn | warn about improperly formatted checksum lines

@ base32 1
% GNU coreutils 9.1 | September 2022
base32 encode/decode data and print to standard output
base32 [OPTION]... [FILE]
: Base32 encode or decode FILE, or standard input, to standard output.
-d, --decode | decode data
-i, --ignore-garbage | when decoding, ignore non-alphabet characters
-w, --wrap=COLS | wrap encoded lines after COLS character (default 76)

@ base64 1
% GNU coreutils 9.1 | September 2022
base64 encode/decode data and print to standard output
base64 [OPTION]... [FILE]
: Base64 encode or decode FILE, or standard input, to standard output.
-d, --decode | decode data
-i, --ignore-garbage | when decoding, ignore non-alphabet characters
-w, --wrap=COLS | wrap encoded lines after COLS character (default 76)

@ chroot 8
% GNU coreutils 9.1 | September 2022 |  | User Commands
run command or interactive shell with special root directory
chroot [OPTION] NEWROOT [COMMAND [ARG]...] || chroot OPTION
: Run COMMAND with root directory set to NEWROOT.
--groups=G_LIST | specify supplementary groups as g1,g2,..,gN
--userspec=USER:GROUP | specify user and group (ID or name) to use
--skip-chdir | do not change working directory to '/'

@ cksum 1
% GNU coreutils 9.1 | September 2022
compute and verify file checksums
cksum [OPTION]... [FILE]...
: Print or verify checksums. By default use the 32 bit CRC algorithm.
-a, --algorithm=TYPE | select the digest type to use
-c, --check | read checksums from the FILEs and check them
-l, --length=BITS | digest length in bits
--tag | create a BSD-style checksum (the default)
--untagged | create a reversed style checksum, without digest type
-z, --zero | end each output line with NUL, not newline, and disable file name escaping
--ignore-missing | don't fail or report status for missing files
--quiet | don't print OK for each successfully verified file
--status | don't output anything, status code shows success
--strict | exit non-zero for improperly formatted checksum lines
-w, --warn | warn about improperly formatted checksum lines
--debug | indicate which implementation used

@ csplit 1
% GNU coreutils 9.1 | September 2022
split a file into sections determined by context lines
csplit [OPTION]... FILE PATTERN...
: Output pieces of FILE separated by PATTERN(s) to files 'xx00', 'xx01', ..., and output byte counts of each piece to standard output.
-b, --suffix-format=FORMAT | use sprintf FORMAT instead of %02d
-f, --prefix=PREFIX | use PREFIX instead of 'xx'
-k, --keep-files | do not remove output files on errors
--suppress-matched | suppress the lines matching PATTERN
-n, --digits=DIGITS | use specified number of digits instead of 2
-s, --quiet, --silent | do not print counts of output file sizes
-z, --elide-empty-files | remove empty output files

@ dd 1
% GNU coreutils 9.1 | September 2022
convert and copy a file
dd [OPERAND]... || dd OPTION
: Copy a file, converting and formatting according to the operands.

@ expand 1
% GNU coreutils 9.1 | September 2022
convert tabs to spaces
expand [OPTION]... [FILE]...
: Convert tabs in each FILE to spaces, writing to standard output.
-i, --initial | do not convert tabs after non blanks
-t, --tabs=N | have tabs N characters apart, not 8
-t, --tabs=LIST | use comma separated list of tab positions

@ factor 1
% GNU coreutils 9.1 | September 2022
factor numbers
factor [NUMBER]... || factor OPTION
: Print the prime factors of each specified integer NUMBER. If none are specified on the command line, read them from standard input.

@ fmt 1
% GNU coreutils 9.1 | September 2022
simple optimal text formatter
fmt [-WIDTH] [OPTION]... [FILE]...
: Reformat each paragraph in the FILE(s), writing to standard output. The option -WIDTH is an abbreviated form of --width=DIGITS.
-c, --crown-margin | preserve indentation of first two lines
-p, --prefix=STRING | reformat only lines beginning with STRING, reattaching the prefix to reformatted lines
-s, --split-only | split long lines, but do not refill
-t, --tagged-paragraph | indentation of first line different from second
-u, --uniform-spacing | one space between words, two after sentences
-w, --width=WIDTH | maximum line width (default of 75 columns)
-g, --goal=WIDTH | goal width (default of 93% of width)

@ install 1
% GNU coreutils 9.1 | September 2022
copy files and set attributes
install [OPTION]... [-T] SOURCE DEST || install [OPTION]... SOURCE... DIRECTORY || install [OPTION]... -t DIRECTORY SOURCE...
: This install program copies files (often just compiled) into destination locations you choose. If you want to download and install a ready-to-use package on a GNU/Linux system, you should instead be using a package manager like yum(1) or apt-get(1).
--backup[=CONTROL] | make a backup of each existing destination file
-b | like --backup but does not accept an argument
-C, --compare | compare content of source and destination files, and if no change to content, ownership, and permissions, do not modify the destination at all
-d, --directory | treat all arguments as directory names
-D | create all leading components of DEST except the last, or all components of --target-directory, then copy SOURCE to DEST
-g, --group=GROUP | set group ownership, instead of process' current group
-m, --mode=MODE | set permission mode (as in chmod), instead of rwxr-xr-x
-o, --owner=OWNER | set ownership (super-user only)
-p, --preserve-timestamps | apply access/modification times of SOURCE files to corresponding destination files
-s, --strip | strip symbol tables
--strip-program=PROGRAM | program used to strip binaries
-S, --suffix=SUFFIX | override the usual backup suffix

@ join 1
% GNU coreutils 9.1 | September 2022
join lines of two files on a common field
join [OPTION]... FILE1 FILE2
: For each pair of input lines with identical join fields, write a line to standard output. The default join field is the first, delimited by blanks.
-a FILENUM | also print unpairable lines from file FILENUM, where FILENUM is 1 or 2, corresponding to FILE1 or FILE2
-e STRING | replace missing (empty) input fields with STRING
-i, --ignore-case | ignore differences in case when comparing fields
-j FIELD | equivalent to '-1 FIELD -2 FIELD'
-o FORMAT | obey FORMAT while constructing output line
-t CHAR | use CHAR as input and output field separator
-v FILENUM | like -a FILENUM, but suppress joined output lines
-1 FIELD | join on this FIELD of file 1
-2 FIELD | join on this FIELD of file 2
--check-order | check that the input is correctly sorted, even if all input lines are pairable
--nocheck-order | do not check that the input is correctly sorted
--header | treat the first line in each file as field headers, print them without trying to pair them

@ link 1
% GNU coreutils 9.1 | September 2022
call the link function to create a link to a file
link FILE1 FILE2 || link OPTION
: Call the link function to create a link named FILE2 to an existing FILE1.

@ logname 1
% GNU coreutils 9.1 | September 2022
print user´s login name
logname [OPTION]
: Print the user's login name.

@ mkfifo 1
% GNU coreutils 9.1 | September 2022
make FIFOs (named pipes)
mkfifo [OPTION]... NAME...
: Create named pipes (FIFOs) with the given NAMEs.
-m, --mode=MODE | set file permission bits to MODE, not a=rw - umask

@ mknod 1
% GNU coreutils 9.1 | September 2022
make block or character special files
mknod [OPTION]... NAME TYPE [MAJOR MINOR]
: Create the special file NAME of the given TYPE.
-m, --mode=MODE | set file permission bits to MODE, not a=rw - umask
-Z | set the SELinux security context to default type
--context[=CTX] | like -Z, or if CTX is specified then set the SELinux or SMACK security context to CTX

@ nice 1
% GNU coreutils 9.1 | September 2022
run a program with modified scheduling priority
nice [OPTION] [COMMAND [ARG]...]
: Run COMMAND with an adjusted niceness, which affects process scheduling. With no COMMAND, print the current niceness. Niceness values range from -20 (most favorable to the process) to 19 (least favorable to the process).
-n, --adjustment=N | add integer N to the niceness (default 10)

@ numfmt 1
% GNU coreutils 9.1 | September 2022
Convert numbers from/to human-readable strings
numfmt [OPTION]... [NUMBER]...
: Reformat NUMBER(s), or the numbers from standard input if none are specified.
--debug | print warnings about invalid input
-d, --delimiter=X | use X instead of whitespace for field delimiter
--field=FIELDS | replace the numbers in these input fields (default=1)
--format=FORMAT | use printf style floating-point FORMAT
--from=UNIT | auto-scale input numbers to UNITs
--from-unit=N | specify the input unit size (instead of the default 1)
--grouping | use locale-defined grouping of digits, e.g
--header[=N] | print (without converting) the first N header lines
--invalid=MODE | failure mode for invalid numbers: MODE can be: abort (default), fail, warn, ignore
--padding=N | pad the output to N characters
--round=METHOD | use METHOD for rounding when scaling
--suffix=SUFFIX | add SUFFIX to output numbers, and accept optional SUFFIX in input numbers

@ pathchk 1
% GNU coreutils 9.1 | September 2022
check whether file names are valid or portable
pathchk [OPTION]... NAME...
: Diagnose invalid or unportable file names.
-p | check for most POSIX systems
-P | check for empty names and leading "-"
--portability | check for all POSIX systems (equivalent to -p -P)

@ pr 1
% GNU coreutils 9.1 | September 2022
convert text files for printing
pr [OPTION]... [FILE]...
: Paginate or columnate FILE(s) for printing.
-COLUMN, --columns=COLUMN | output COLUMN columns and print columns down, unless -a is used
-a, --across | print columns across rather than down, used together with -COLUMN
-d, --double-space | double space the output
-D, --date-format=FORMAT | use FORMAT for the header date
-h, --header=HEADER | use a centered HEADER instead of filename in page header, -h "" prints a blank line, don't use -h""
-l, --length=PAGE_LENGTH | set the page length to PAGE_LENGTH (66) lines (default number of lines of text 56, and with -F 63)
-n[SEP[DIGITS]], --number-lines[=SEP[DIGITS]] | number lines, use DIGITS (5) digits, then SEP (TAB), default counting starts with 1st line of input file
-N, --first-line-number=NUMBER | start counting with NUMBER at 1st line of first page printed (see +FIRST_PAGE)
-o, --indent=MARGIN | offset each line with MARGIN (zero) spaces, do not affect -w or -W, MARGIN will be added to PAGE_WIDTH
-s[CHAR], --separator[=CHAR] | separate columns by a single character, default for CHAR is the <TAB> character without -w and 'no char' with -w
-t, --omit-header | omit page headers and trailers
-T, --omit-pagination | omit page headers and trailers, eliminate any pagination by form feeds set in input files

@ sha1sum 1
% GNU coreutils 9.1 | September 2022
compute and check SHA1 message digest
sha1sum [OPTION]... [FILE]...
: Print or check SHA1 (160-bit) checksums.
-b, --binary | read in binary mode
-c, --check | read checksums from the FILEs and check them
--tag | create a BSD-style checksum
-t, --text | read in text mode (default)
-z, --zero | end each output line with NUL, not newline, and disable file name escaping
--ignore-missing | don't fail or report status for missing files
--quiet | don't print OK for each successfully verified file
--status | don't output anything, status code shows success
--strict | exit non-zero for improperly formatted checksum lines
-w, --warn | warn about improperly formatted checksum lines

@ sha224sum 1
% GNU coreutils 9.1 | September 2022
compute and check SHA224 message digest
sha224sum [OPTION]... [FILE]...
: Print or check SHA224 (224-bit) checksums.
-b, --binary | read in binary mode
-c, --check | read checksums from the FILEs and check them
--tag | create a BSD-style checksum
-t, --text | read in text mode (default)
-z, --zero | end each output line with NUL, not newline, and disable file name escaping
--ignore-missing | don't fail or report status for missing files
--quiet | don't print OK for each successfully verified file
--status | don't output anything, status code shows success
--strict | exit non-zero for improperly formatted checksum lines
-w, --warn | warn about improperly formatted checksum lines

@ sha384sum 1
% GNU coreutils 9.1 | September 2022
compute and check SHA384 message digest
sha384sum [OPTION]... [FILE]...
: Print or check SHA384 (384-bit) checksums.
-b, --binary | read in binary mode
-c, --check | read checksums from the FILEs and check them
--tag | create a BSD-style checksum
-t, --text | read in text mode (default)
-z, --zero | end each output line with NUL, not newline, and disable file name escaping
--ignore-missing | don't fail or report status for missing files
--quiet | don't print OK for each successfully verified file
--status | don't output anything, status code shows success
--strict | exit non-zero for improperly formatted checksum lines
-w, --warn | warn about improperly formatted checksum lines

@ sha512sum 1
% GNU coreutils 9.1 | September 2022
compute and check SHA512 message digest
sha512sum [OPTION]... [FILE]...
: Print or check SHA512 (512-bit) checksums.
-b, --binary | read in binary mode
-c, --check | read checksums from the FILEs and check them
--tag | create a BSD-style checksum
-t, --text | read in text mode (default)
-z, --zero | end each output line with NUL, not newline, and disable file name escaping
--ignore-missing | don't fail or report status for missing files
--quiet | don't print OK for each successfully verified file
--status | don't output anything, status code shows success
--strict | exit non-zero for improperly formatted checksum lines
-w, --warn | warn about improperly formatted checksum lines

@ shuf 1
% GNU coreutils 9.1 | September 2022
generate random permutations
shuf [OPTION]... [FILE] || shuf -e [OPTION]... [ARG]... || shuf -i LO-HI [OPTION]...
: Write a random permutation of the input lines to standard output.
-e, --echo | treat each ARG as an input line
-i, --input-range=LO-HI | treat each number LO through HI as an input line
-n, --head-count=COUNT | output at most COUNT lines
-o, --output=FILE | write result to FILE instead of standard output
--random-source=FILE | get random bytes from FILE
-r, --repeat | output lines can be repeated
-z, --zero-terminated | line delimiter is NUL, not newline

@ split 1
% GNU coreutils 9.1 | September 2022
split a file into pieces
split [OPTION]... [FILE [PREFIX]]
: Output pieces of FILE to PREFIXaa, PREFIXab, ...; default size is 1000 lines, and default PREFIX is 'x'.
-a, --suffix-length=N | generate suffixes of length N (default 2)
--additional-suffix=SUFFIX | append an additional SUFFIX to file names
-b, --bytes=SIZE | put SIZE bytes per output file
-C, --line-bytes=SIZE | put at most SIZE bytes of records per output file
-d | use numeric suffixes starting at 0, not alphabetic
--numeric-suffixes[=FROM] | same as -d, but allow setting the start value
-x | use hex suffixes starting at 0, not alphabetic
--hex-suffixes[=FROM] | same as -x, but allow setting the start value
-e, --elide-empty-files | do not generate empty output files with '-n'
-l, --lines=NUMBER | put NUMBER lines/records per output file
-n, --number=CHUNKS | generate CHUNKS output files
-t, --separator=SEP | use SEP instead of newline as the record separator

@ sum 1
% GNU coreutils 9.1 | September 2022
checksum and count the blocks in a file
sum [OPTION]... [FILE]...
: Print or check BSD (16-bit) checksums.
-r | use BSD sum algorithm (the default), use 1K blocks
-s, --sysv | use System V sum algorithm, use 512 bytes blocks

@ sync 1
% GNU coreutils 9.1 | September 2022
Synchronize cached writes to persistent storage
sync [OPTION] [FILE]...
: Synchronize cached writes to persistent storage
-d, --data | sync only file data, no unneeded metadata
-f, --file-system | sync the file systems that contain the files

@ truncate 1
% GNU coreutils 9.1 | September 2022
shrink or extend the size of a file to the specified size
truncate OPTION... FILE...
: Shrink or extend the size of each FILE to the specified size
-c, --no-create | do not create any files
-o, --io-blocks | treat SIZE as number of IO blocks instead of bytes
-r, --reference=RFILE | base size on RFILE
-s, --size=SIZE | set or adjust the file size by SIZE bytes

@ tsort 1
% GNU coreutils 9.1 | September 2022
perform topological sort
tsort [OPTION] [FILE]
: Write totally ordered list consistent with the partial ordering in FILE.

@ unexpand 1
% GNU coreutils 9.1 | September 2022
convert spaces to tabs
unexpand [OPTION]... [FILE]...
: Convert blanks in each FILE to tabs, writing to standard output.
-a, --all | convert all blanks, instead of just initial blanks
--first-only | convert only leading sequences of blanks (overrides -a)
-t, --tabs=N | have tabs N characters apart instead of 8 (enables -a)
-t, --tabs=LIST | use comma separated list of tab positions

@ unlink 1
% GNU coreutils 9.1 | September 2022
call the unlink function to remove the specified file
unlink FILE || unlink OPTION
: Call the unlink function to remove the specified FILE.

@ users 1
% GNU coreutils 9.1 | September 2022
print the user names of users currently logged in to the current host
users [OPTION]... [FILE]
: Output who is currently logged in according to FILE. If FILE is not specified, use /var/run/utmp. /var/log/wtmp as FILE is common.

@ who 1
% GNU coreutils 9.1 | September 2022
show who is logged on
who [OPTION]... [ FILE | ARG1 ARG2 ]
: Print information about users who are currently logged in.
-a, --all | same as -b -d --login -p -r -t -T -u
-b, --boot | time of last system boot
-d, --dead | print dead processes
-H, --heading | print line of column headings
-l, --login | print system login processes
--lookup | attempt to canonicalize hostnames via DNS
-p, --process | print active processes spawned by init
-q, --count | all login names and number of users logged on
-r, --runlevel | print current runlevel
-s, --short | print only name, line, and time (default)
-t, --time | print last system clock change
-T, -w, --mesg | add user's message status as +, - or ?
`;
