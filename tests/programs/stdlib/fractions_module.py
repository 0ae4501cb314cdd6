import fractions as fr
F = fr.Fraction
print(F(3, 4) + F(1, 6), F("3.1415"), F(1, 3) ** 2, F(7, 3).limit_denominator(2), float(F(22, 7)), F(0.5), round(F(7, 2)))
F = fr.Fraction
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), F(1, 3) < 0.34, F(1, 2) == 0.5, sorted([F(1, 3), 0.25, 1]), F(-7, 2) // 2, F(-7, 2) % 2, divmod(F(7, 2), F(1, 3)))
print(F("  -1_000.25e-1 "), F(10, -4), 2 ** F(1, 2), F(1, 2) ** -2, F(-1, 3) ** 3, round(F(5, 2)), round(F(7, 3), 2), int(F(-7, 2)), F(3, 4).limit_denominator(1), abs(F(-2, 3)))
for bad in ("1/0", "x", "1.2.3"):
    try:
        F(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
