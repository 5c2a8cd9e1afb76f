# printf-style % formatting on str and bytes, with flags, widths, * and mapping keys; errors.
cases = [
    ("%d %i %u", (3, -4, 5)), ("%5d|%-5d|%05d|%+d|% d", (1, 2, 3, 4, 5)), ("%x %X %#x %#o %o", (255, 255, 255, 8, 8)),
    ("%e %E %.2e", (12345.678, 0.000123, 1.0)), ("%f %.0f %#.0f %10.3f", (3.14159, 2.5, 2.5, -1.5)),
    ("%g %G %.3g %#g", (1e-5, 1e20, 123456, 1.0)), ("%s %r %a", ("é", "é", "é")), ("%c%c", (65, "B")),
    ("%*d|%-*d|%.*f", (5, 1, 4, 2, 2, 3.14159)), ("%(a)s-%(b)05.1f", {"a": "x", "b": 2.25}), ("100%%", ()),
    ("%s", ((1, 2),)), ("%s", [1, 2]), ("%d", (3.9,)), ("%x", (3.0,)), ("%d", ("1",)), ("%s %s", (1,)),
    ("%s", (1, 2)), ("%(a)s", (1,)), ("%z", (1,)), ("%c", (1114112,)), ("%c", ("ab",)), ("%", ()),
    ("%.3s|%5.1s|", ("abcdef", "xyz")), ("%d", (True,)), ("%o", (-8,)), ("%i", (10**25,)),
]
for fmt, args in cases:
    try:
        print(repr(fmt), "->", repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), "->", type(e).__name__, e)

bcases = [(b"%s|%b", (b"ab", bytearray(b"cd"))), (b"%d %x %c", (5, 255, 65)), (b"%c", (b"z",)), (b"%r", ("s",)),
          (b"%a", ("é",)), (b"%s", ("str",)), (b"%5.2f", (1.234,)), (b"%(k)s", {b"k": b"v"}), (b"%c", (300,))]
for fmt, args in bcases:
    try:
        print(repr(fmt), "->", repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), "->", type(e).__name__, e)
