# shell: sh
# ${#v} is the length; ${#} the number of parameters.
v=hello; echo ${#v}
e=; echo ${#e}
set -- a b c; echo ${#}
