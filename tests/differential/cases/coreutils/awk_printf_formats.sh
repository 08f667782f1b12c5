# shell: sh
# awk printf and number output: %d %i %o %x %e %g %c %s %%, OFMT/CONVFMT.
awk 'BEGIN {printf "%d %i %o %x %X %c %s %%\n", 42.9, -3, 8, 255, 255, 65, "s"}'
awk 'BEGIN {printf "%e %g %g %.3g\n", 1234.5, 0.0001, 1e10, 3.14159}'
awk 'BEGIN {print 1/3, 100000 * 100000, 2^53, 0.1 + 0.2}'
awk 'BEGIN {x = 3.0; print x, x ""}'
