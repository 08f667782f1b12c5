# shell: sh
# <<- strips leading tabs from the body and delimiter.
cat <<-END
	indented
		twice
	END
echo after
