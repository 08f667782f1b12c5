# shell: sh
# set -f turns pathname expansion off.
cd /tmp && touch x1 x2
echo x*
set -f
echo x*
set +f
echo x*
