# split/rsplit/partition/splitlines edge cases and argument errors.
s = "  a,b,,c  \n d\r\ne\x0bf\x1cg  "
print(s.split(), s.split(","), s.split(",", 1), s.rsplit(",", 1), s.split(None, 2), s.rsplit(None, 2))
print(s.splitlines(), s.splitlines(True), "".splitlines(), "x\n".splitlines())
print("a.b.c".partition("."), "a.b.c".rpartition("."), "abc".partition("x"), "abc".rpartition("x"))
for call in [lambda: "a".split(""), lambda: "a".partition(""), lambda: "a".split(1), lambda: "a".split(",", "1"),
             lambda: "a".rsplit(sep=",", maxsplit=-5), lambda: "a b".split(maxsplit=0)]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(b" a  b ".split(), b"a,b".split(b","), b"x\ny".splitlines(), bytearray(b"a-b").partition(b"-"))
try:
    b"a".split("a")
except TypeError as e:
    print(type(e).__name__, e)
