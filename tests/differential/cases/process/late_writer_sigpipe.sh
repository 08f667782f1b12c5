# shell: bash
# A pipeline waits for every command; a writer after the reader exits dies of SIGPIPE (141).
{ sleep 0.2; echo late; } | true
echo "${PIPESTATUS[@]}"
