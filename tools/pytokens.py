"""Cross-check harness, CPython side: NAME/NUMBER/STRING/OP tokens of each file named on stdin,
from the tokenize module, with columns converted to UTF-8 byte offsets (the format of
tools/TokenDump.java). The tokenize module differs from the C tokenizer for NEWLINE/NL/INDENT/
DEDENT/COMMENT, which are therefore not printed."""
import io
import sys
import tokenize

KEEP = {tokenize.NAME: "NAME", tokenize.NUMBER: "NUMBER", tokenize.STRING: "STRING", tokenize.OP: "OP"}
out = sys.stdout
for f in sys.stdin.read().split():
    print("FILE", f)
    with open(f, "rb") as fh:
        data = fh.read()
    try:
        enc, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        text = data.decode(enc)
        if text.startswith("\ufeff"):
            text = text[1:]
    except Exception as e:
        print("UNDECODABLE", type(e).__name__)
        continue
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    def bcol(line, col):
        return len(lines[line - 1][:col].encode("utf-8", "surrogateescape"))
    try:
        for t in tokenize.generate_tokens(io.StringIO(text).readline):
            k = KEEP.get(t.type)
            if k:
                (l, c), (el, ec) = t.start, t.end
                s = t.string.replace("\\", "\\\\").replace("\n", "\\n")
                print(k, l, bcol(l, c), el, bcol(el, ec), s)
    except Exception as e:
        print("TOKENIZE-ERROR", type(e).__name__)
