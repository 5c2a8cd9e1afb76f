# str.format: field names, attribute/index lookups, conversions, nested specs, and errors.
class O:
    attr = "A"
    lst = [10, 20]
    def __format__(self, spec):
        return f"O<{spec}>"
    def __repr__(self):
        return "O()"
    def __str__(self):
        return "o-str"

o = O()
tests = [
    ("{} {} {}", (1, 2, 3), {}), ("{1} {0} {1}", ("a", "b"), {}), ("{x.attr} {x.lst[1]}", (), {"x": o}),
    ("{0[key]} {0[1]}", ({"key": "v", 1: "int-key"},), {}), ("{!r} {!s} {!a} {}", (o, o, "é", o), {}),
    ("{:{w}.{p}f}", (3.14159,), {"w": 10, "p": 2}), ("{:>{}}", ("x", 4), {}), ("{0:{1}}", (5, "03"), {}),
    ("{{}} {{{}}}", (7,), {}), ("{:spec here}", (o,), {}), ("{0.real:+}", (5,), {}),
    ("{} {0}", (1,), {}), ("{0} {}", (1,), {}), ("{2}", (1,), {}), ("{x}", (), {}), ("{", (), {}), ("}", (), {}),
    ("{!x}", (1,), {}), ("{0.missing}", (1,), {}), ("{0[5]}", ([1],), {}), ("{:d}", ("s",), {}),
    ("{0[}", (1,), {}), ("{:{:{}}}", (1, 2, 3), {}), ("{a[b]}", (), {"a": {"b": 1}}), ("{0!r:>10}", ("hi",), {}),
]
for fmt, args, kw in tests:
    try:
        print(repr(fmt), "->", repr(fmt.format(*args, **kw)))
    except Exception as e:
        print(repr(fmt), "->", type(e).__name__, e)
print("{a}-{b}".format_map({"a": 1, "b": 2}))
class Missing(dict):
    def __missing__(self, k):
        return f"<{k}>"
print("{a}-{zz}".format_map(Missing(a=1)))
print(format(o), format(o, "xyz"), f"{o:abc}", f"{o!s:>8}")
