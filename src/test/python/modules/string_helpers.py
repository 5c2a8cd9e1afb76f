import _string
for s in ["a{0!r:>{w}}b{{c}}d{x.y[1]}", "", "{}", "x{:}", "{!s}", "}}{{", "{a[b]c}"]:
    print(repr(s), list(_string.formatter_parser(s)))
for s in ["x.y[1][k]", "0", "12.real", "", "a[]", "a.", "a]x", "a[x"]:
    try:
        first, rest = _string.formatter_field_name_split(s)
        print(repr(s), repr(first), list(rest))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
for s in ["{", "}", "a{b", "{0!rr}"]:
    try:
        print(list(_string.formatter_parser(s)))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
