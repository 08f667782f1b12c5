# shell: bash
# bash echo: -n, -e, -E, combined flags, a lone -, and escapes only with -e.
echo -n "no newline"; echo "|"
echo -e 'tab\there' 'nl\nx'
echo -E 'raw\t'
echo -ne 'a\x41\n'
echo - dash -x
echo 'a\nb'
echo -e 'stop\c here'; echo
shopt -s xpg_echo; echo 'now\tescapes'
