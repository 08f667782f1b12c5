# shell: sh
# /usr/bin/printf formats floats as the long double strtold makes: near-ties, %g, %e, huge and tiny values.
/usr/bin/printf '%.1f %.1f %.1f %.1f %.2f %.0f %.0f %e %.3e %g\n' 0.15 0.25 0.35 0.45 1.005 2.5 3.5 2.35 1.0005 0.0001234565
/usr/bin/printf '%f %f %g %g %g %G %E %.10g %#.3g %#.0f %+.2f % .3e\n' -0 1e300 1e-5 123456789 100000 1e-10 12345.678 3.14159265358979 1 2 3.14159 -0.000123
/usr/bin/printf '%5.1f|%-8.3f|%08.2f|%.15f|%.20f\n' 2.25 2.35 -3.14159 0.1 0.1
/usr/bin/printf '%.3f %g %f\n' 1e-400 1e-320 123456789012345678901234567890
