import re

print(re.sub(r"(\w+)", r"<\1>", "a b"))
m = re.match(r"(?P<key>\w+)=(?P<val>\d+)", "width=42;height=7")
print(m.group(0), m.group(1), m.group("val"), m.groups(), m.groupdict())
print(m.span(), m.start("val"), m.end(2), m.lastindex, m.lastgroup)
print(repr(m))
print(re.search(r"\d+", "abc 123 def 45").group())
print(re.search(r"zzz", "abc"))
print(re.findall(r"\d+", "a1 b22 c333"))
print(re.findall(r"(\w)(\d)?", "a1 b c3"))
print([mm.span() for mm in re.finditer(r"[aeiou]", "education")])
print(re.sub(r"\d", lambda mm: str(int(mm.group()) * 2), "a1b2c9"))
print(re.subn(r"o", "0", "foo boo"))
print(re.sub(r"(?P<w>\w+)@(\w+)", r"\g<w> at \2", "me@host you@there"))
print(re.split(r"[,;]\s*", "a, b;c,d"))
print(re.split(r"(,)", "a,b,c", maxsplit=1))
print(re.fullmatch(r"[a-z]+", "hello"), re.fullmatch(r"[a-z]+", "hello!"))
p = re.compile(r"^hello\s+(\w+)$", re.IGNORECASE | re.MULTILINE)
print(p.pattern, p.flags & re.IGNORECASE != 0, p.groups, p.groupindex)
print(p.findall("Hello World\nHELLO there\nbye now"))
print(repr(p))
print(repr(re.compile(r"a.b", re.S)))
print(re.escape("a.b*c?"))
print(re.match(r"a.c", "a\nc"), re.match(r"a.c", "a\nc", re.DOTALL).group())
v = re.compile(r"""
    (\d{3})   # area
    -(\d{4})  # number
""", re.VERBOSE)
print(v.match("555-1234").groups())
print(re.findall(rb"(\d)(x)?", b"1x2"), re.sub(rb"\d", b"#", b"a1b2"))
try:
    re.compile("(")
except re.error as e:
    print("error:", e)
print(re.sub(r"\s+", " ", "  many   spaces here ").strip())
print(re.match(r"(a)|(b)", "b").groups(default="-"))
