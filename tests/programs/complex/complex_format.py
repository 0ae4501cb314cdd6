# Complex formatting and parsing.
vals = [1 + 2j, -1.5 - 0.5j, 1e-3j, 3 + 0j, complex(0, -0.0), complex(1.0, float("inf")), 1 / 3 + 2j / 3]
for v in vals:
    print(repr(v), str(v), format(v, ""), format(v, ".2f"), format(v, "^20"), "%s" % (v,))
for s in ["1+1j", "(2-3j)", "j", "-j", "1e2+1e-2j", "  7j "]:
    print(s.strip(), complex(s))
for s in ["1+", "abc", "1 + 2j"]:
    try:
        complex(s)
    except ValueError as e:
        print("ValueError", e)
