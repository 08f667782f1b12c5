# shell: sh
# rm -rf / is refused without --no-preserve-root.
rm -rf /; echo "status $?"
rm -r /tmp/../; echo "status $?"
