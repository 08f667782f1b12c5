# shell: bash
# select prints a numbered menu on stderr, reads a choice from stdin; bad choice gives empty var.
select f in apple banana cherry; do echo "chose $f ($REPLY)"; break; done <<< "2" 2>&1
select f in a b; do echo "[$f] [$REPLY]"; [ -n "$f" ] && break; done 2>&1 <<'IN'
9
1
IN
PS3="pick: "
select x in one; do echo "$x"; break; done <<< "1" 2>&1
echo
select x in one; do echo "$x"; done < /dev/null 2>&1; echo "eof $?"
