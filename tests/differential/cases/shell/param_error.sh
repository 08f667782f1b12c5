# shell: bash
# ${v?msg} and ${v:?msg} abort with the message.
bash -c 'unset v; echo ${v?is unset}; echo not reached'; echo "status $?"
bash -c 'v=; echo ${v:?}; echo not reached'; echo "status $?"
bash -c 'v=x; echo ${v:?never}'; echo "status $?"
