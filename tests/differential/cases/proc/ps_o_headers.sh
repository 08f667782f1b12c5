# shell: sh
# Column headers of common ps -o formats.
ps -o pid,ppid,pgid,sid,stat,ni,pri,comm -p $$ | head -1
ps -o user,uid,gid,tty,time,etime,args -p $$ | head -1
ps -o pid:3,comm:10 -p $$ | head -1
ps -o %cpu,%mem,vsz,rss,rsz,s,f,wchan -p $$ | head -1
