# join/center/ljust/zfill/expandtabs/translate/maketrans/removeprefix and errors.
print("-".join(["a", "b"]), "".join(x for x in "xyz"), ",".join({"k": 1}))
for bad in [lambda: "-".join(["a", 1]), lambda: "-".join(5), lambda: b"-".join([b"a", "b"])]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(repr("ab".center(7, "*")), repr("ab".center(6)), repr("abc".ljust(2)), repr("ab".rjust(5, "0")))
print("42".zfill(5), "-42".zfill(5), "+4".zfill(4), "".zfill(3), "abc".zfill(1))
print(repr("a\tbc\td".expandtabs()), repr("a\tb".expandtabs(3)), repr("\t\n\tx".expandtabs(2)))
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()), "abcdd".translate(t), "abc".translate({97: None, 98: "BB"}))
print(str.maketrans({"a": "1"}), "prefix-body".removeprefix("prefix-"), "body.txt".removesuffix(".txt"))
for bad in [lambda: "x".center(5, "ab"), lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}),
            lambda: "x".translate({120: 3.5}), lambda: "x".zfill("3")]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
