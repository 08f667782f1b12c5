# shell: bash
# PIPESTATUS holds every command's status of the last pipeline.
true | false | sh -c 'exit 3' | true
echo "${PIPESTATUS[@]}"
(exit 5)
echo "${PIPESTATUS[@]}"
