# f-string forms: = specifier, nested quotes, conversions, nested fields, expressions, errors.
x, y = 10, "text"
items = [1, 2, 3]
print(f"{x=}", f"{x = }", f"{y=!r}", f"{y=:>8}", f"{x*2=}", f"{items[1:]=}")
print(f"{'nested'}", f"{'{'}{'}'}", f"{{literal}}", f"{x!r:>5}", f"{y!a}", f"{'é'!a}")
w, p = 12, 3
print(f"[{3.14159265:{w}.{p}f}]", f"[{x:{'>' if x > 5 else '<'}{w}}]")
print(f"{x if x else 'zero'}", f"{(lambda a: a + 1)(x)}", f"{[i * i for i in items]}", f"{dict(a=1)['a']}")
print(f"{x:#x} {x:08b} {x:,} {10**7:_}")
d = {"k": "v"}
print(f"{d['k']}", f'{d["k"]}')
print(f"""{
    x
    +
    1
}""")
for bad in ["f'{x:{y}}'", "f'{1/0}'", "f'{undefined_name}'", "f'{x:q}'", "f'{y:d}'", "f'{x!r:{\"<\"}{5}}'"]:
    try:
        print(bad, "->", repr(eval(bad)))
    except Exception as e:
        print(bad, "->", type(e).__name__, e)
for src in ["f'{}'", "f'{x!z}'", "f'{'", "f'}'", "f'{x=!}'"]:
    try:
        compile(src, "<s>", "eval")
        print(src, "compiled")
    except SyntaxError as e:
        print(src, type(e).__name__, e.msg)
