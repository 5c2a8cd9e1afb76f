# Case mapping and predicates including non-ASCII and special casings.
words = ["hello world", "HELLO", "ǅungla", "straße", "ΣΑΣ", "İstanbul", "ﬁne", "they're bill's", "123abc", ""]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
samples = ["abc", "ABC", "Abc", "123", "١٢٣", "½", "²", "a1", " \t", "", "Title Case", "aBc", "_x", "x y", "é"]
for s in samples:
    print(repr(s), [int(f()) for f in (s.isalpha, s.isdigit, s.isdecimal, s.isnumeric, s.isalnum, s.isspace,
                                       s.islower, s.isupper, s.istitle, s.isidentifier, s.isprintable, s.isascii)])
print("a\x00b".isprintable(), "\u200b".isprintable(), "class".isidentifier(), "1x".isidentifier())
