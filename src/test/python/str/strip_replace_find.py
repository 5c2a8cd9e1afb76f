# strip/replace/find/index/count/startswith with ranges, tuples, and errors.
s = "xxhello worldxx"
print(s.strip("x"), s.lstrip("xh"), s.rstrip("x"), "  \t a \n".strip(), s.strip(""))
print("aaaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2), "aaa".replace("aa", "b"))
print(s.find("o"), s.rfind("o"), s.find("o", 7), s.find("o", 2, 5), s.find(""), s.find("", 100), "abc".rfind("", 1))
print(s.count("x"), s.count(""), "aaa".count("aa"), s.count("x", -2))
print(s.startswith(("a", "xx")), s.endswith("xx", 0, 5), s.startswith("h", 2), "".startswith(""), "abc".endswith(("", "z")))
for call in [lambda: s.index("zz"), lambda: s.rindex("q"), lambda: s.startswith(["x"]), lambda: s.find(1),
             lambda: s.strip(1), lambda: s.replace("a"), lambda: s.count("x", "1")]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(b"abcabc".find(b"c"), b"abc".index(98), b"aXb".replace(b"X", b"--"), bytearray(b"  x ").strip())
try:
    b"abc".index(300)
except ValueError as e:
    print(type(e).__name__, e)
