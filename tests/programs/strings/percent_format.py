# printf-style formatting with %.
print("%s and %s" % ("this", "that"), "%d%%" % 50, "%5s|%-5s|" % ("ab", "cd"))
print("%d %i %o %x %X %e %E %f %F %g %G %c %r %s %a" % (42, -7, 8, 255, 255, 1234.5, 0.00012, 3.14159,
                                                           2.5, 0.00001234, 1e20, 65, "q'uote", [1, 'a'], "é"))
print("%05d|%-5d|%+d|% d|%5.2f|%-8.3e|%#o|%#x|%#X" % (42, 42, 42, 42, 3.14159, 1234.5, 8, 255, 255))
print("%(name)s is %(age)d years" % {"name": "Ada", "age": 36})
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%s" % (1, ), "%s" % [1, 2], "%s" % ((1, 2),), "%r" % "x\ny")
print("%c%c%c" % ("a", 98, "c"), "%.3s" % "abcdef", "%10.3s|" % "abcdef")
print("%x" % -255, "%o" % -8, "%d" % 3.99, "%d" % True, "%s" % None, "%.0f" % 2.5, "%.0f" % 3.5)
for bad, arg in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1)]:
    try:
        print(bad % arg)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
rows = [("widget", 4, 3.5), ("gadget", 10, 12.25), ("doohickey", 1, 100.0)]
for r in rows:
    print("%-10s %3d x %7.2f = %8.2f" % (r + (r[1] * r[2],)))
