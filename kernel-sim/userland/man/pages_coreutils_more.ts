// The GNU coreutils pages added after the first set (checksums, text formatting, files), in
// page.ts's format. The facts (NAME line, synopsis, header and footer) are Debian 12's; the prose
// and the option texts are our own, and list only the options vlab's programs parse.

export const COREUTILS_MORE_PAGES_TEXT = `
@ [ 1
% GNU coreutils 9.1 | September 2022 | TEST
check file types and compare values
test EXPRESSION || test || [ EXPRESSION ]
: The program behind "[ ... ]": it checks a condition and exits 0 when it holds, 1 when it does not. The closing ] is required and each operand and operator must be its own word, so write [ -f "$f" ], not [-f $f]. Strings compare with = and !=, integers with -eq -ne -lt -le -gt -ge.
-b FILE | FILE is a block device
-c FILE | FILE is a character device
-d FILE | FILE is a directory
-e FILE | FILE exists, whatever it is
-f FILE | FILE is a regular file
-g FILE | FILE has the set-group-ID bit
-G FILE | FILE belongs to this process's effective group
-h FILE, -L FILE | FILE is a symbolic link
-k FILE | FILE has the sticky bit
-O FILE | FILE belongs to this process's effective user
-p FILE | FILE is a named pipe
-r FILE | this process may read FILE
-s FILE | FILE exists and is not empty
-u FILE | FILE has the set-user-ID bit
-w FILE | this process may write FILE
-x FILE | this process may execute FILE (or search the directory)
-n STRING | STRING is not empty
-z STRING | STRING is empty
$ [ -d /proc/1 ] && echo "pid 1 exists" | a check in a one-liner
$ [ "$(id -u)" -eq 0 ] || echo "not root" | test for root in a script

@ arch 1
% GNU coreutils 9.1 | September 2022
print machine hardware name (same as uname -m)
arch [OPTION]...
: Prints the kind of processor the kernel runs on, such as x86_64. It is a short name for uname -m.
$ arch | prints x86_64

@ b2sum 1
% GNU coreutils 9.1 | September 2022
compute and check BLAKE2 message digest
b2sum [OPTION]... [FILE]...
: Prints a BLAKE2b fingerprint (512 bits unless -l asks for fewer) of each FILE, followed by its name. With -c it reads such lines back and reports OK or FAILED for each file.
-b, --binary | read in binary mode (marks the name with *)
-c, --check | check the sums listed in the FILEs
-l, --length=BITS | a shorter digest of BITS bits, a multiple of 8
--tag | create a BSD-style checksum
-t, --text | read in text mode (the default)
-z, --zero | end each line with NUL and do not escape names
--ignore-missing | with -c, skip files that do not exist
--quiet | with -c, do not print OK for each good file
--status | with -c, print nothing; the exit status tells
--strict | with -c, fail on badly formatted lines
-w, --warn | with -c, warn about badly formatted lines
$ b2sum -l 256 file | a 256-bit BLAKE2b sum

@ base32 1
% GNU coreutils 9.1 | September 2022
base32 encode/decode data and print to standard output
base32 [OPTION]... [FILE]
: Turns any bytes into text made of the letters A-Z and digits 2-7 (and = for padding), or with -d turns such text back into the bytes. Output lines are wrapped at 76 characters.
-d, --decode | turn base32 text back into bytes
-i, --ignore-garbage | while decoding, skip characters that are not base32
-w, --wrap=COLS | break lines after COLS characters; 0 means never
$ echo hi | base32 | prints NBUQU===

@ base64 1
% GNU coreutils 9.1 | September 2022
base64 encode/decode data and print to standard output
base64 [OPTION]... [FILE]
: Turns any bytes into text made of letters, digits, + and / (and = for padding), so binary data can go where only text may, or with -d turns it back. Output lines are wrapped at 76 characters.
-d, --decode | turn base64 text back into bytes
-i, --ignore-garbage | while decoding, skip characters that are not base64
-w, --wrap=COLS | break lines after COLS characters; 0 means never
$ echo -n user:pass | base64 | prints dXNlcjpwYXNz
$ echo dXNlcjpwYXNz | base64 -d | and back

@ chroot 8
% GNU coreutils 9.1 | September 2022 |  | User Commands
run command or interactive shell with special root directory
chroot [OPTION] NEWROOT [COMMAND [ARG]...] || chroot OPTION
: Makes NEWROOT the process's / and runs COMMAND there ($SHELL -i when none is given). The command and the libraries it needs must exist inside NEWROOT. It needs root (CAP_SYS_CHROOT); a chroot changes only the view of files, unlike a mount namespace plus pivot_root.
--groups=G_LIST | set the supplementary groups, as g1,g2,...
--userspec=USER:GROUP | run COMMAND as this user and group (names or IDs)
--skip-chdir | stay in the current directory instead of going to the new /
$ chroot /srv/rootfs /bin/sh | a shell whose / is /srv/rootfs

@ cksum 1
% GNU coreutils 9.1 | September 2022
compute and verify file checksums
cksum [OPTION]... [FILE]...
: Prints a checksum, the byte count and the name of each FILE; by default the checksum is the 32-bit CRC that POSIX specifies. With -a it computes any of the digests the *sum programs do (md5, sha256, blake2b, ...) and can check them with -c.
-a, --algorithm=TYPE | bsd, sysv, crc, md5, sha1, sha224, sha256, sha384, sha512, blake2b, sm3
-c, --check | check the sums listed in the FILEs
-l, --length=BITS | with blake2b, a shorter digest of BITS bits
--tag | write lines in the BSD style (the default for digests)
--untagged | write lines as md5sum does, without the algorithm name
-z, --zero | end each line with NUL and do not escape names
-w, --warn | with -c, warn about badly formatted lines
--debug | say which implementation is used
$ cksum file | CRC, size and name
$ cksum -a sha256 file | the same sum as sha256sum, in the BSD style

@ csplit 1
% GNU coreutils 9.1 | September 2022
split a file into sections determined by context lines
csplit [OPTION]... FILE PATTERN...
: Cuts FILE into pieces named xx00, xx01 and so on, and prints the size of each piece. Each PATTERN says where a piece ends: a line number, or /REGEX/ for the next matching line; {N} repeats the pattern before it N times, {*} as often as it matches.
-b, --suffix-format=FORMAT | name pieces with a printf FORMAT, not %02d
-f, --prefix=PREFIX | begin piece names with PREFIX, not xx
-k, --keep-files | keep the pieces already written when an error occurs
--suppress-matched | leave out the lines that match PATTERN
-n, --digits=DIGITS | use DIGITS digits in piece names, not 2
-s, --quiet, --silent | do not print the sizes
-z, --elide-empty-files | do not keep empty pieces
$ csplit book.txt '/^Chapter/' '{*}' | one file per chapter

@ dd 1
% GNU coreutils 9.1 | September 2022
convert and copy a file
dd [OPERAND]... || dd OPTION
: Copies data in blocks from if=FILE (or standard input) to of=FILE (or standard output), and reports the records and bytes copied on standard error. bs= sets the block size, count= how many blocks, skip= and seek= how many blocks to pass over in the input and the output. conv= (notrunc, ucase, lcase, sync, noerror, fsync...), iflag=, oflag= and status= (none, noxfer, progress) change how it works.
$ dd if=/dev/zero of=disk.img bs=1M count=10 | a 10 MiB file of zeros
$ dd if=/dev/urandom bs=16 count=1 status=none | od -x | sixteen random bytes

@ expand 1
% GNU coreutils 9.1 | September 2022
convert tabs to spaces
expand [OPTION]... [FILE]...
: Replaces each tab with as many spaces as it takes to reach the next tab stop, which is every 8 columns unless -t says otherwise.
-i, --initial | replace only tabs at the start of a line
-t, --tabs=N | put tab stops N columns apart
-t, --tabs=LIST | put tab stops at the columns in a comma-separated LIST
$ expand -t 4 code.c | tabs become four-column indents

@ factor 1
% GNU coreutils 9.1 | September 2022
factor numbers
factor [NUMBER]... || factor OPTION
: Prints each NUMBER followed by a colon and its prime factors, smallest first. Without arguments it reads numbers from standard input. Numbers of any size are accepted.
$ factor 84 | prints 84: 2 2 3 7

@ fmt 1
% GNU coreutils 9.1 | September 2022
simple optimal text formatter
fmt [-WIDTH] [OPTION]... [FILE]...
: Refills paragraphs of text so that lines are as even as possible and at most 75 columns wide (or -w WIDTH; -60 is short for -w 60). Paragraphs are separated by blank lines or by a change of indentation.
-c, --crown-margin | keep the indentation of the first two lines
-g, --goal=WIDTH | aim for lines of WIDTH columns
-p, --prefix=STRING | only refill lines starting with STRING (such as "# ")
-s, --split-only | break long lines but do not join short ones
-t, --tagged-paragraph | the first line may be indented unlike the rest
-u, --uniform-spacing | one space between words, two after a sentence
-w, --width=WIDTH | lines at most WIDTH columns long
$ fmt -w 60 notes.txt | rewrap a text file to 60 columns

@ install 1
% GNU coreutils 9.1 | September 2022
copy files and set attributes
install [OPTION]... [-T] SOURCE DEST || install [OPTION]... SOURCE... DIRECTORY || install [OPTION]... -t DIRECTORY SOURCE...
: Copies files into place and sets their mode (rwxr-xr-x unless -m says otherwise), owner and group in the same step, as makefiles do when installing programs. With -d it creates directories instead. It is not a package manager: use apt for that.
-b | keep a backup of each file that would be replaced
--backup[=CONTROL] | like -b, and choose how backups are named
-C, --compare | leave the destination alone if it is already the same
-d, --directory | create each argument as a directory
-D | create the missing directories leading to DEST
-g, --group=GROUP | give the copies this group
-m, --mode=MODE | give the copies this mode (octal or symbolic, as chmod)
-o, --owner=OWNER | give the copies this owner (root only)
-p, --preserve-timestamps | keep the times of the SOURCE files
-s, --strip | strip symbol tables from programs
--strip-program=PROGRAM | the program that -s runs
-S, --suffix=SUFFIX | end backup names with SUFFIX
-t, --target-directory=DIRECTORY | copy all SOURCE arguments into DIRECTORY
-T, --no-target-directory | treat DEST as a file name, even if it is a directory
-v, --verbose | print each file or directory as it is made
$ install -m 755 myscript /usr/local/bin/ | copy a script into place, executable
$ install -d -m 700 ~/.secret | make a private directory

@ join 1
% GNU coreutils 9.1 | September 2022
join lines of two files on a common field
join [OPTION]... FILE1 FILE2
: Pairs up lines of two files that have the same key, like a join in a database, and prints the key followed by the rest of both lines. The key is the first blank-separated field unless -1, -2 or -j say otherwise; both files must be sorted on it.
-1 FIELD | the key is field FIELD of FILE1
-2 FIELD | the key is field FIELD of FILE2
-a FILENUM | also print the lines of file 1 or 2 that found no partner
-e STRING | print STRING for fields that are missing
-i, --ignore-case | compare keys without regard to case
-j FIELD | the key is field FIELD in both files
-o FORMAT | choose the output fields, as 1.2,2.3 (or auto)
-t CHAR | fields are separated by CHAR, in input and output
-v FILENUM | print only the unpaired lines of file 1 or 2
-z, --zero-terminated | lines end with NUL, not newline
--check-order | fail if an input is not sorted
--nocheck-order | never check whether the input is sorted
--header | treat the first line of each file as column titles
$ join -t: users.txt shells.txt | pair lines whose first field matches

@ link 1
% GNU coreutils 9.1 | September 2022
call the link function to create a link to a file
link FILE1 FILE2 || link OPTION
: Makes FILE2 a new hard link to FILE1 with one link(2) call: exactly two arguments, no options. ln does the same with more checks and choices.
$ link data data.bak | a second name for the same inode

@ logname 1
% GNU coreutils 9.1 | September 2022
print user´s login name
logname [OPTION]
: Prints the name the user logged in with, which stays the same after su or sudo (unlike whoami). It reads the login records, and vlab keeps none, so here it reports "no login name" as it does in most containers.
$ logname | the name you logged in as

@ mkfifo 1
% GNU coreutils 9.1 | September 2022
make FIFOs (named pipes)
mkfifo [OPTION]... NAME...
: Creates a named pipe: a file through which one process writes and another reads, as with | but with a name on disk. Opening it blocks until there is a process at the other end.
-m, --mode=MODE | give the pipe this mode instead of 666 minus the umask
-Z | set the SELinux context (accepted, no effect here)
$ mkfifo /tmp/p; cat /tmp/p & echo hi > /tmp/p | pass a line through a named pipe

@ mknod 1
% GNU coreutils 9.1 | September 2022
make block or character special files
mknod [OPTION]... NAME TYPE [MAJOR MINOR]
: Creates a device file (TYPE b for block, c for character, with its MAJOR and MINOR numbers) or, with TYPE p, a named pipe. Making device files needs root; the numbers are listed in /proc/devices.
-m, --mode=MODE | give the file this mode instead of 666 minus the umask
-Z, --context[=CTX] | set the SELinux context (accepted, no effect here)
$ mknod /tmp/null c 1 3 | a second /dev/null

@ nice 1
% GNU coreutils 9.1 | September 2022
run a program with modified scheduling priority
nice [OPTION] [COMMAND [ARG]...]
: Runs COMMAND with a changed niceness: from -20 (gets the CPU first) to 19 (yields to everyone), 0 being normal. It adds 10 unless -n gives another amount; only root may go below 0. Without COMMAND it prints the current niceness.
-n, --adjustment=N | add N to the niceness instead of 10
$ nice -n 19 make | build without slowing down everything else
$ nice | print the current niceness

@ numfmt 1
% GNU coreutils 9.1 | September 2022
Convert numbers from/to human-readable strings
numfmt [OPTION]... [NUMBER]...
: Converts numbers to and from human-readable forms such as 1.5K or 2M. The units are si (powers of 1000), iec (powers of 1024, written K), iec-i (written Ki) or auto. Without NUMBER arguments it converts a field of each input line.
--debug | warn about input that may be wrong
-d, --delimiter=X | fields are separated by X, not by blanks
--field=FIELDS | convert these fields (1 by default), such as 2 or 2-4
--format=FORMAT | print with a printf style FORMAT, such as %10f
--from=UNIT | read numbers written in UNIT (such as 1K)
--from-unit=N | each input unit is worth N
--grouping | group digits as the locale does
--header[=N] | copy the first N lines (default 1) unchanged
--invalid=MODE | on bad input: abort, fail, warn or ignore
--padding=N | pad results to N characters (negative: on the right)
--round=METHOD | up, down, from-zero, towards-zero or nearest
--suffix=SUFFIX | add SUFFIX to results, and accept it in input
--to=UNIT | write numbers in UNIT
--to-unit=N | each output unit is worth N
-z, --zero-terminated | lines end with NUL, not newline
$ numfmt --to=iec 1048576 | prints 1.0M
$ numfmt --from=iec 4K | prints 4096

@ pathchk 1
% GNU coreutils 9.1 | September 2022
check whether file names are valid or portable
pathchk [OPTION]... NAME...
: Checks each NAME for problems: components or the whole name too long, or a directory on the way that cannot be searched. With -p or -P it checks portability rules too. It prints nothing when all names are fine.
-p | also check against the strictest POSIX limits and character set
-P | also reject empty names and components starting with -
--portability | the same as -p -P
$ pathchk -p 'my file?.txt' | reports the characters that are not portable

@ pr 1
% GNU coreutils 9.1 | September 2022
convert text files for printing
pr [OPTION]... [FILE]...
: Lays text out in pages of 66 lines, each with a header (date, file name, page number) and a blank footer, as for a printer. It can also print the text in several columns or number the lines.
-COLUMN, --columns=COLUMN | print in COLUMN columns, filled top to bottom
-a, --across | with -COLUMN, fill the columns across the page
-d, --double-space | put an empty line after each line
-D, --date-format=FORMAT | write the header date with a date(1) FORMAT
-h, --header=HEADER | put HEADER in the header instead of the file name
-l, --length=PAGE_LENGTH | make pages PAGE_LENGTH lines long
-n[SEP[DIGITS]], --number-lines[=SEP[DIGITS]] | number lines with DIGITS digits (5) followed by SEP (a tab)
-N, --first-line-number=NUMBER | start numbering lines at NUMBER
-o, --indent=MARGIN | indent every line by MARGIN spaces
-s[CHAR], --separator[=CHAR] | separate columns with CHAR (a tab by default)
-t, --omit-header | print no headers or footers
-T, --omit-pagination | like -t, and drop form feeds too
-w, --width=PAGE_WIDTH | make pages PAGE_WIDTH columns wide (72)
$ seq 20 | pr -4 -t | the numbers in four columns

@ sha1sum 1
% GNU coreutils 9.1 | September 2022
compute and check SHA1 message digest
sha1sum [OPTION]... [FILE]...
: Prints a 160-bit SHA-1 fingerprint of each FILE, followed by its name; with -c it reads such lines back and reports OK or FAILED for each. SHA-1 is no longer safe against deliberate tampering, so new work uses sha256sum.
-b, --binary | read in binary mode (marks the name with *)
-c, --check | check the sums listed in the FILEs
--tag | write lines in the BSD style: SHA1 (file) = sum
-t, --text | read in text mode (the default)
-z, --zero | end each line with NUL and do not escape names
--ignore-missing | with -c, skip files that do not exist
--quiet | with -c, do not print OK for each good file
--status | with -c, print nothing; the exit status tells
--strict | with -c, fail on badly formatted lines
-w, --warn | with -c, warn about badly formatted lines
$ sha1sum *.txt > sums; sha1sum -c sums | save sums, then check them

@ sha224sum 1
% GNU coreutils 9.1 | September 2022
compute and check SHA224 message digest
sha224sum [OPTION]... [FILE]...
: Prints a 224-bit SHA-2 fingerprint of each FILE, followed by its name; with -c it reads such lines back and reports OK or FAILED for each.
-b, --binary | read in binary mode (marks the name with *)
-c, --check | check the sums listed in the FILEs
--tag | write lines in the BSD style: SHA224 (file) = sum
-t, --text | read in text mode (the default)
-z, --zero | end each line with NUL and do not escape names
--ignore-missing | with -c, skip files that do not exist
--quiet | with -c, do not print OK for each good file
--status | with -c, print nothing; the exit status tells
--strict | with -c, fail on badly formatted lines
-w, --warn | with -c, warn about badly formatted lines
$ sha224sum file | the file's SHA-224 sum

@ sha384sum 1
% GNU coreutils 9.1 | September 2022
compute and check SHA384 message digest
sha384sum [OPTION]... [FILE]...
: Prints a 384-bit SHA-2 fingerprint of each FILE, followed by its name; with -c it reads such lines back and reports OK or FAILED for each.
-b, --binary | read in binary mode (marks the name with *)
-c, --check | check the sums listed in the FILEs
--tag | write lines in the BSD style: SHA384 (file) = sum
-t, --text | read in text mode (the default)
-z, --zero | end each line with NUL and do not escape names
--ignore-missing | with -c, skip files that do not exist
--quiet | with -c, do not print OK for each good file
--status | with -c, print nothing; the exit status tells
--strict | with -c, fail on badly formatted lines
-w, --warn | with -c, warn about badly formatted lines
$ sha384sum file | the file's SHA-384 sum

@ sha512sum 1
% GNU coreutils 9.1 | September 2022
compute and check SHA512 message digest
sha512sum [OPTION]... [FILE]...
: Prints a 512-bit SHA-2 fingerprint of each FILE, followed by its name; with -c it reads such lines back and reports OK or FAILED for each.
-b, --binary | read in binary mode (marks the name with *)
-c, --check | check the sums listed in the FILEs
--tag | write lines in the BSD style: SHA512 (file) = sum
-t, --text | read in text mode (the default)
-z, --zero | end each line with NUL and do not escape names
--ignore-missing | with -c, skip files that do not exist
--quiet | with -c, do not print OK for each good file
--status | with -c, print nothing; the exit status tells
--strict | with -c, fail on badly formatted lines
-w, --warn | with -c, warn about badly formatted lines
$ sha512sum -c SHA512SUMS | check every file the list names

@ shuf 1
% GNU coreutils 9.1 | September 2022
generate random permutations
shuf [OPTION]... [FILE] || shuf -e [OPTION]... [ARG]... || shuf -i LO-HI [OPTION]...
: Prints its input lines in a random order. The lines may instead come from the arguments (-e) or be the numbers of a range (-i); -n keeps only the first few, which picks a random sample.
-e, --echo | use each ARG as an input line
-i, --input-range=LO-HI | use the numbers LO to HI as the input lines
-n, --head-count=COUNT | print at most COUNT lines
-o, --output=FILE | write to FILE instead of standard output
--random-source=FILE | take the random bytes from FILE
-r, --repeat | pick with replacement: lines may come again (use with -n)
-z, --zero-terminated | lines end with NUL, not newline
$ shuf -n 1 words.txt | one random line
$ shuf -i 1-6 -n 1 | roll a die

@ split 1
% GNU coreutils 9.1 | September 2022
split a file into pieces
split [OPTION]... [FILE [PREFIX]]
: Cuts FILE into pieces of 1000 lines, or of the size -l, -b or -n asks for, named PREFIXaa, PREFIXab and so on (PREFIX is x by default). cat joins the pieces back in order.
-a, --suffix-length=N | use suffixes N characters long (2)
--additional-suffix=SUFFIX | add SUFFIX at the end of each piece's name
-b, --bytes=SIZE | SIZE bytes per piece (K, M, G allowed)
-C, --line-bytes=SIZE | at most SIZE bytes per piece, whole lines only
-d | number the pieces 00, 01... instead of aa, ab...
--numeric-suffixes[=FROM] | like -d, counting from FROM
-x | number the pieces in hex
--hex-suffixes[=FROM] | like -x, counting from FROM
-e, --elide-empty-files | with -n, do not write empty pieces
-l, --lines=NUMBER | NUMBER lines per piece
-n, --number=CHUNKS | make CHUNKS pieces of about equal size
-t, --separator=SEP | records end with SEP, not a newline
-u, --unbuffered | with -n r/..., copy input to output at once
--verbose | say which file is opened for each piece
$ split -b 1M big.iso part_ | pieces of 1 MiB: part_aa, part_ab...
$ cat part_* > big.iso | put them back together

@ sum 1
% GNU coreutils 9.1 | September 2022
checksum and count the blocks in a file
sum [OPTION]... [FILE]...
: Prints an old 16-bit checksum of each FILE and its size in blocks. It is kept for compatibility; use cksum or sha256sum for new work.
-r | use the BSD algorithm and 1K blocks (the default)
-s, --sysv | use the System V algorithm and 512-byte blocks
$ sum file | checksum and block count

@ sync 1
% GNU coreutils 9.1 | September 2022
Synchronize cached writes to persistent storage
sync [OPTION] [FILE]...
: Asks the kernel to write data it still holds in memory out to the disks: for all file systems, or with FILE arguments for those files only. Run it before pulling out a USB stick.
-d, --data | write out only the files' data, not all of their metadata
-f, --file-system | write out the whole file systems the FILEs are on
$ sync | flush every file system

@ truncate 1
% GNU coreutils 9.1 | September 2022
shrink or extend the size of a file to the specified size
truncate OPTION... FILE...
: Sets each FILE to the size -s gives, cutting data off the end or adding zero bytes (a sparse hole, which takes no disk space). A FILE that does not exist is created. SIZE may have a unit (K, M, G) and a prefix: + grows by, - shrinks by.
-c, --no-create | do not create missing files
-o, --io-blocks | count SIZE in I/O blocks rather than bytes
-r, --reference=RFILE | make the size that of RFILE
-s, --size=SIZE | set the size, or change it by +SIZE or -SIZE
$ truncate -s 0 app.log | empty a log file in place
$ truncate -s 1G disk.img | a sparse file of 1 GiB

@ tsort 1
% GNU coreutils 9.1 | September 2022
perform topological sort
tsort [OPTION] [FILE]
: Reads pairs of words, each meaning "the first comes before the second", and prints all the words in an order that respects every pair, as for the build order of dependencies. A loop in the pairs is reported on standard error.
$ printf 'a b\\nb c\\n' | tsort | prints a, b and c, one per line

@ unexpand 1
% GNU coreutils 9.1 | September 2022
convert spaces to tabs
unexpand [OPTION]... [FILE]...
: The reverse of expand: replaces runs of spaces with tabs where they reach a tab stop (every 8 columns). By default only the spaces at the start of a line are converted.
-a, --all | convert spaces everywhere in the line
--first-only | convert only the leading spaces (undoes -a)
-t, --tabs=N | put tab stops N columns apart (turns on -a)
-t, --tabs=LIST | put tab stops at the columns in a comma-separated LIST
$ unexpand -t 4 code.txt | four-space indents become tabs

@ unlink 1
% GNU coreutils 9.1 | September 2022
call the unlink function to remove the specified file
unlink FILE || unlink OPTION
: Removes one file name with a single unlink(2) call: exactly one argument, no options, and never a directory. rm does the same with more checks and choices.
$ unlink old.txt | remove one file

@ users 1
% GNU coreutils 9.1 | September 2022
print the user names of users currently logged in to the current host
users [OPTION]... [FILE]
: Prints on one line the names of the users who are logged in, read from the login records (/var/run/utmp, or FILE). vlab keeps no login records, so the list is empty, as in most containers.
$ users | who is logged in

@ who 1
% GNU coreutils 9.1 | September 2022
show who is logged on
who [OPTION]... [ FILE | ARG1 ARG2 ]
: Lists who is logged in: user name, terminal, login time. The data comes from the login records, which vlab does not keep, so the list is empty here as in most containers. "who am i" describes only the terminal on standard input.
-a, --all | everything: as -b -d --login -p -r -t -T -u
-b, --boot | the time the system booted
-d, --dead | processes that have ended
-H, --heading | print a line of column titles
-l, --login | processes waiting for a login
--lookup | look up host names in DNS
-m | only the terminal on standard input (as who am i)
-p, --process | active processes started by init
-q, --count | only the login names and their number
-r, --runlevel | the current runlevel
-s, --short | only name, terminal and time (the default)
-t, --time | the last change of the system clock
-T, -w, --mesg | show whether each user accepts messages: +, - or ?
-u, --users | add idle time and process ID
$ who -b | when the system last booted
`;
