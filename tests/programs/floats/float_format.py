# Formatting floats: %-style, format specs, f-strings.
vals = [0.0, 1.0, -1.5, 3.14159265358979, 123456.789, 1e-7, 2.5e20, 0.000123, 99.995, 1 / 3]
for v in vals:
    print("%f|%.2f|%10.3f|%-10.1f|%e|%.3E|%g|%G|%+.1f" % (v, v, v, v, v, v, v, v, v))
for v in vals:
    print(f"{v:.3g}|{v:12.4e}|{v:>10.2f}|{v:<+9.1f}|{v:^11.3f}|{v:010.2f}|{v:,.2f}|{v:.1%}")
print(format(1234.5, ""), format(1234.5, "g"), format(1e16, ""), format(1e16, "g"), format(1e-5, ""))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(2.675, ".2f"))
print(format(123.456, "_.1f"), format(1234567.891, ",.3f"), format(-0.0, ".1f"), format(-0.0001, ".2f"))
print("{:.15g} {:.17g} {:r}".format(0.1, 0.1, 1) if False else "{:.15g} {:.17g}".format(0.1, 0.1))
print(str(1e21), str(1e20), str(1.5e-6), repr(123456789012345.6))
print("%5.1f%%" % 45.678, "%s %r" % (0.1, 0.2))
print(f"{12.0:g}", f"{12.5:g}", f"{0.0001:g}", f"{0.00001:g}", f"{123456789.0:g}")
print(f"{3.0:#g}", f"{3.0:#.0f}", f"{1e10:.2e}")
