# format() specs across int, float, str, bool, complex, with errors.
vals = [0, 7, -42, 255, 10**20, True]
specs = ["", "5", "<5", "^7", ">+6", "=+8", "x", "#X", "#o", "b", "#010b", ",", "_", "_x", "08,", "e", ".2f", "%", "c", "n"]
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, TypeError, OverflowError) as e:
            row.append(f"<{type(e).__name__}: {e}>")
    print(v, row)

fl = [0.0, -0.0, 1.5, 2.5, 1e16, 1.23456789e-7, float("inf"), float("-nan"), 123456.789]
fspecs = ["", "g", ".3g", "#g", "e", ".0e", "E", "f", ".0f", "#.0f", "+.2f", " .1f", "%", ".1%", "10.3", "<12,.2f", "_", "z.1f", "n", ".15g", "r"]
for v in fl:
    row = []
    for s in fspecs:
        try:
            row.append(format(v, s))
        except (ValueError, TypeError) as e:
            row.append(f"<{type(e).__name__}: {e}>")
    print(repr(v), row)

for v, s in [("abc", "*^9"), ("abc", ".2"), ("abc", "d"), ("abc", "=5"), ("abc", "+"), (3 + 4j, ".2f"), (3 + 4j, ""),
             (1j, "g"), (3 + 4j, "=10"), (None, ""), (None, "x"), ([1], ""), (object, "s"), (12, "x<+#10_x")]:
    try:
        print(repr(v), repr(s), repr(format(v, s)))
    except (ValueError, TypeError) as e:
        print(repr(v), repr(s), type(e).__name__, e)
