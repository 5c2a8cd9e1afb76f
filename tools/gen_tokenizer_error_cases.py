"""Prints the expected SyntaxError fields CPython 3.11 gives for inputs whose error comes from
the tokenizer, as Java rows for TokenizerTest (pasted there). Usage: python3.11 this_file."""
import ast
import warnings

warnings.simplefilter("ignore")

STR_CASES = [
    "x = 1_\n", "x = 0x\n", "x = 0xg\n", "x = 0x_\n", "x = 0o8\n", "x = 0o\n", "x = 0o18\n",
    "x = 0b2\n", "x = 0b12\n", "x = 0b\n", "x = 012\n", "x = 00012 + 1\n", "x = 0_7\n",
    "x = 1e\n", "x = 1e+\n", "x = 1.5j2\n", "x = 1abc\n", "x = 0_\n", "x = 1__0\n",
    "x = 1_000j_\n", "x = 5e1x\n", "x = .5x\n", "x = 1.e5_\n", "x = 0xfor\n", "x = 1€\n",
    "x = 'abc\n", "x = '''abc\n\ny\n", "x = \"abc", "f(\n'''\nabc", "x = 'a' 'b' 'c\n",
    "x = 'abc\\\n", "é = 'abc\n",
    "x = €\n", "x = a\u00a0b\n", "é = 1\nx = 1 + é€\n", "x = é€\n", "x = \x01\n", "x = a\x7fb\n",
    "x = \x0b\n", "x = a\u200bb\n", "x = _\u2028\n", "x = \U0001F600\n", "x = 1 + \u00b2\n",
    "x = (]\n", "x = (\n]\n", "x = )\n", "x = }\n", "x = [1, 2\n", "x = (\n", "x = (1,\n\n",
    "x = {1:\n", "é = (\n", "x = [\n  (\n", "x = ((" + ")" * 3 + "\n",
    "x = 1 \\ 2\n", "x = 'a' \\ 'b'\n", "é = 1 \\ 2\n", "x = '''a\nb''' \\ 2\n", "a = (\\ 1)\n",
    "x = 1 \\", "x = 1 \\\n", "\\\n", "x = 1\n\\\n", "x = (1 + \\\n",
    "if x:\n    a\n  b\n", "def f():\n\tif x:\n\t\tpass\n\t  pass\n",
    "if x:\n\ta\n        b\n", "if x:\n        a\n\tb\n", "if x:\n\ta\n\t b\n",
    "if x:\n  \ta\n\tb\n", "x = \"\"\"\r\n", "x = \"\"\"\r", "x = (\r\n",
    "x = (" * 201 + "\n",
    "".join("    " * i + "if x:\n" for i in range(101)) + "    " * 101 + "pass\n",
]

BYTES_CASES = [
    b"x = ab\xf6c + 1\n", b"y=2\nx = ab\xc3\xa9\xf6c + 1\n", b"x = 1 + \xf6\n",
    "é = 1 \\ 2\n".encode(), "é = (\n".encode(), "é = 1_\n".encode(), "if x:\n  é\n b\n".encode(),
    b"\xef\xbb\xbf" + "é = 1 \\ 2\n".encode(), b"# coding: latin-1\nx = 1 \\ \xe9\n",
    b"# coding: foobar\nx=1\n", b"\xef\xbb\xbf# coding: latin-1\nx=1\n",
    b"# coding: ascii\n\n\nz='\xf6'\n", b"# coding: cp1252\nz='\x81'\n",
    b"# coding: utf8\nz='\xf6'\n", b'x = """\r\n', b"# coding: rot13\nk=1\n", b"x = 1\0\n",
]


def jstr(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch in "\n\r\t\f":
            # Never \\u000a/\\u000d: Java translates unicode escapes before lexing.
            out.append({"\n": "\\n", "\r": "\\r", "\t": "\\t", "\f": "\\f"}[ch])
        elif 0x20 <= o < 0x7F:
            out.append(ch)
        elif o > 0xFFFF:
            o -= 0x10000
            out.append("\\u%04x\\u%04x" % (0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF)))
        else:
            out.append("\\u%04x" % o)
    return '"' + "".join(out) + '"'


def jbytes(b):
    return "bytes(" + jstr(b.decode("latin-1")) + ")"


def row(src, jsrc):
    try:
        ast.parse(src)
        print("            // no error: " + jsrc)
        return
    except SyntaxError as e:
        text = "null" if e.text is None else jstr(e.text)
        print(f"            new ErrorCase({jsrc}, {type(e).__name__}, {jstr(e.msg)}, {e.lineno or 0}, "
              f"{-1 if e.offset is None and e.lineno is None else e.offset or 0}, {text}, "
              f"{e.end_lineno or 0}, {e.end_offset or 0}),")


print("        // str input: ast.parse(str)")
for c in STR_CASES:
    row(c, jstr(c))
print("        // bytes input: ast.parse(bytes)")
for c in BYTES_CASES:
    row(c, jbytes(c))
