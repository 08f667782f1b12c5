# shell: bash
# here-docs: <<- strips tabs, quoted delimiter stops expansion, expansion of $() and arithmetic.
n=3
cat <<EOT
n=$n sum=$((n+1)) cmd=$(echo sub) \$escaped
EOT
cat <<'EOT'
n=$n $(echo no)
EOT
cat <<-EOT
	tab stripped
		two tabs
	EOT
cat <<"A" <<B
first
A
second $n
B
