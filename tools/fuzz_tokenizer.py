"""Differential fuzzing of the tokenizer against CPython 3.11 (throwaway tool).
Writes random snippets with what ast.parse(str) says about them; tools/FuzzCheck.java replays them.
Only tokenizer-family errors are compared exactly; snippets CPython accepts must tokenize."""
import ast, json, random, sys, warnings
warnings.simplefilter("ignore")
ATOMS = ["x", "é", "1", "0", "0x1f", "0o7", "0b1", "1_0", "1.", ".5", "1e5", "1j", "00", "0_0", "1_", "0x",
         "'a'", '"b"', "'''c\nd'''", "f'{x}'", "rb'\\''", "'\\\n'", "'", '"""', "(", ")", "[", "]", "{", "}",
         ":", ",", ";", "+", "-", "**=", "->", ":=", "...", "!=", "<>", "!", "$", "?", "\\", "\\\n", "#c",
         "\n", "\n", "\n", " ", " ", "  ", "\t", "\f", "if", "else", "for", "in", "or", "and", "not", "is",
         "€", "\u00a0", "\x01", "\r\n", "\r", "1if", "1else", "0xfor", "1e", "1.e", "08", "0o9", "0b2",
         "    ", "\n    ", "\n\t", "\n  ", "def f():\n", "if x:\n", "\n        ", "\n \t"]
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
n = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
for _ in range(n):
    src = "".join(random.choice(ATOMS) for _ in range(random.randint(1, 12)))
    if random.random() < 0.3:
        src += "\n"
    try:
        ast.parse(src)
        rec = {"src": src, "ok": True}
    except SyntaxError as e:
        rec = {"src": src, "ok": False, "kind": type(e).__name__, "msg": e.msg, "lineno": e.lineno,
               "offset": e.offset, "text": e.text, "end_lineno": e.end_lineno, "end_offset": e.end_offset}
    except Exception as e:
        continue
    print(json.dumps(rec))
