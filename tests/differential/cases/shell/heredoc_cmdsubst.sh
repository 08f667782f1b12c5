# shell: sh
# A here-doc inside a command substitution.
x=$(cat <<END
inside
END
)
echo "[$x]"
