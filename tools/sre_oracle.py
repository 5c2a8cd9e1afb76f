"""The test oracle for pyj's SRE engine (src/test/java/pyj/modules/sre/SreCorpusTest.java).

For a corpus of (pattern, flags, subject) cases, prints what CPython 3.11 compiles (the code list
re/_compiler.py gives _sre.compile) and what its _sre computes: match/fullmatch/search spans of all
groups with lastindex, the finditer spans, split, subn and findall results.

Corpora (first argument, default "all"):
  re_tests  CPython's Lib/test/re_tests.py table, read from the local Lib (str, re.I, bytes)
  stdlib    string literals passed to re.compile/match/search/... across Lib, run on text taken
            from the file they appear in, on the pattern itself and on generated text
  fuzz      random small patterns (groups, lookarounds, backrefs, conditionals, atomic groups,
            possessive and lazy repeats) under random flags over random subjects with non-ASCII,
            case-folding and non-BMP characters; str and bytes; deterministic seed
  deep      long subjects that backtrack through tens of thousands of repetitions (not in "all")
Second argument: fuzz case count (default 6000). Third: seed (default 1311).

Output: one TAB-separated line per case:
  id, pattern (ascii repr), kind (s|b), flags, groups, indexgroup (comma list), code (comma list),
  subject (hex code points, comma list; or hex bytes), pos, endpos,
  match, fullmatch, search, finditer, split, subn, subn2, findall
A match is "-" for None, else "s:e,s:e,...;lastindex" (lastindex "-" for None); finditer joins
matches with "|". Strings are hex of their code points joined by "." (bytes: plain hex); None is
"-". A case whose evaluation takes more than a second in CPython is left out.
"""
import ast
import os
import random
import re
import signal
import sys
import sysconfig
import warnings
from re import _compiler, _parser

assert sys.version_info[:2] == (3, 11), sys.version
LIB = sysconfig.get_paths()["stdlib"]


class Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise Timeout()


signal.signal(signal.SIGALRM, _alarm)
warnings.simplefilter("ignore")


def enc_str(s):
    if s is None:
        return "-"
    if isinstance(s, bytes):
        return "b" + s.hex()
    return "s" + ".".join("%x" % ord(c) for c in s)


def enc_match(m):
    if m is None:
        return "-"
    regs = ",".join("%d:%d" % r for r in m.regs)
    li = "-" if m.lastindex is None else str(m.lastindex)
    return regs + ";" + li


def enc_findall_item(x):
    if isinstance(x, tuple):
        return "/".join(enc_str(y) for y in x)
    return enc_str(x)


def case_line(cid, pattern, flags, subject, pos=0, endpos=None):
    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    cp = re.compile(pattern, flags)
    groups = p.state.groups - 1
    indexgroup = [""] * p.state.groups
    for k, i in p.state.groupdict.items():
        indexgroup[i] = k
    assert cp.groups == groups
    kind = "b" if isinstance(pattern, bytes) else "s"
    ep = sys.maxsize if endpos is None else endpos
    signal.setitimer(signal.ITIMER_REAL, 10.0 if cid.startswith("deep:") else 1.0)
    try:
        res = [
            enc_match(cp.match(subject, pos, ep)),
            enc_match(cp.fullmatch(subject, pos, ep)),
            enc_match(cp.search(subject, pos, ep)),
            "|".join(enc_match(m) for m in cp.finditer(subject, pos, ep)) or "none",
            "|".join(enc_str(x) for x in cp.split(subject)),
            "%s;%d" % (enc_str(cp.subn(b"-" if kind == "b" else "-", subject)[0]),
                       cp.subn(b"-" if kind == "b" else "-", subject)[1]),
            "%s;%d" % (enc_str(cp.subn(b"<>" if kind == "b" else "<>", subject, 2)[0]),
                       cp.subn(b"<>" if kind == "b" else "<>", subject, 2)[1]),
            "|".join(enc_findall_item(x) for x in cp.findall(subject, pos, ep)) or "none",
        ]
    except Timeout:
        return None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    if kind == "s":
        subj = ",".join("%x" % ord(c) for c in subject)
    else:
        subj = subject.hex()
    fields = [cid, ascii(pattern).replace("\t", "\\t"), kind, str(cp.flags), str(groups),
              ",".join(indexgroup), ",".join(str(int(c)) for c in code), subj or ".", str(pos), str(ep)]
    return "\t".join(fields + res)


def emit(cid, pattern, flags, subject, pos=0, endpos=None):
    try:
        re.compile(pattern, flags)
    except (re.error, ValueError, TypeError, OverflowError, RecursionError):
        return 0
    try:
        line = case_line(cid, pattern, flags, subject, pos, endpos)
    except (re.error, IndexError):
        # e.g. a template error in subn cannot happen with our literals; keep going regardless
        return 0
    if line is None:
        return 0
    print(line)
    return 1


def latin1(s):
    try:
        return s.encode("latin-1")
    except UnicodeEncodeError:
        return None


def corpus_re_tests():
    sys.path.insert(0, os.path.join(LIB, "test"))
    import re_tests
    n = 0
    for i, t in enumerate(re_tests.tests):
        pattern, s, outcome = t[0], t[1], t[2]
        if outcome == re_tests.SYNTAX_ERROR:
            continue
        n += emit("re_tests:%d" % i, pattern, 0, s)
        n += emit("re_tests:%d:I" % i, pattern, re.I, s)
        n += emit("re_tests:%d:pos" % i, pattern, 0, s, 1, max(1, len(s) - 1))
        bp, bs = latin1(pattern), latin1(s)
        if bp is not None and bs is not None:
            n += emit("re_tests:%d:b" % i, bp, 0, bs)
    return n


QUICK = re.compile(r"\bre\.(?:compile|match|search|fullmatch|sub|subn|split|findall|finditer)\(\s*[rRbB]*['\"]")
RE_FUNCS = {"compile", "match", "search", "fullmatch", "sub", "subn", "split", "findall", "finditer"}


def stdlib_patterns():
    out = []
    for root, dirs, files in os.walk(LIB):
        dirs[:] = sorted(d for d in dirs if d not in ("site-packages", "__pycache__"))
        for f in sorted(files):
            if not f.endswith(".py"):
                continue
            path = os.path.join(root, f)
            try:
                src = open(path, encoding="utf-8").read()
                if not QUICK.search(src):
                    continue
                tree = ast.parse(src)
            except (SyntaxError, UnicodeDecodeError, ValueError):
                continue
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                        and node.func.attr in RE_FUNCS and isinstance(node.func.value, ast.Name)
                        and node.func.value.id == "re" and node.args
                        and isinstance(node.args[0], ast.Constant)
                        and isinstance(node.args[0].value, (str, bytes))):
                    continue
                flags = 0
                fl = None
                if node.func.attr == "compile" and len(node.args) > 1:
                    fl = node.args[1]
                for kw in node.keywords:
                    if kw.arg == "flags":
                        fl = kw.value
                if fl is not None:
                    try:
                        flags = int(eval(compile(ast.Expression(fl), "<flags>", "eval"), {"re": re}))
                    except Exception:
                        flags = 0
                rel = os.path.relpath(path, LIB)
                line = node.lineno
                out.append(("%s:%d" % (rel, line), node.args[0].value, flags, src, line))
    return out


def corpus_stdlib(rng):
    n = 0
    seen = set()
    for cid, pattern, flags, src, line in stdlib_patterns():
        if (pattern, flags) in seen:
            continue
        seen.add((pattern, flags))
        lines = src.splitlines(keepends=True)
        window = "".join(lines[max(0, line - 3):line + 5])[:300]
        subjects = [window, pattern if isinstance(pattern, str) else pattern.decode("latin-1")]
        lits = [c for c in (pattern if isinstance(pattern, str) else pattern.decode("latin-1"))
                if c.isalnum() or c in " _-.:/\n"] or ["a"]
        subjects.append("".join(rng.choice(lits + [" ", "x", "1"]) for _ in range(rng.randint(0, 40))))
        for k, s in enumerate(subjects):
            if isinstance(pattern, bytes):
                s = s.encode("utf-8", "surrogatepass")
            n += emit("stdlib:%s:%d" % (cid, k), pattern, flags, s)
    return n


ALPHA = "abcAB\n _1é𝔘Kkßſ"
ATOMS = ["a", "b", "c", "A", ".", "[ab]", "[^a]", "[a-c]", "[A-Z]", r"\d", r"\w", r"\s", r"\W", "é",
         "𝔘", "k", "K", "ß", "s", "ſ", "\\n", "[k-s]", "[^\\W\\d]", "[éß]", "[\\U0001d500-\\U0001d5ff]"]
ANCHORS = ["^", "$", r"\A", r"\Z", r"\b", r"\B"]
QUANTS = ["*", "+", "?", "{2}", "{1,3}", "{,2}", "{2,}", "*?", "+?", "??", "{1,2}?", "*+", "++", "?+",
          "{1,2}+"]


def gen_pattern(rng, depth, state):
    r = rng.random()
    if depth <= 0 or r < 0.3:
        if rng.random() < 0.12:
            return rng.choice(ANCHORS)
        return rng.choice(ATOMS)
    r = rng.random()
    if r < 0.35:
        return "".join(gen_pattern(rng, depth - 1, state) for _ in range(rng.randint(2, 3)))
    if r < 0.5:
        return gen_pattern(rng, depth - 1, state) + "|" + gen_pattern(rng, depth - 1, state)
    if r < 0.7:
        inner = gen_pattern(rng, depth - 1, state)
        if inner and inner[-1] in "*+?}" or inner in ANCHORS:
            inner = "(?:" + inner + ")"
        return inner + rng.choice(QUANTS)
    kind = rng.random()
    inner = gen_pattern(rng, depth - 1, state)
    if kind < 0.3:
        state[0] += 1
        return "(" + inner + ")"
    if kind < 0.4:
        state[0] += 1
        return "(?P<g%d>%s)" % (state[0], inner)
    if kind < 0.5:
        return "(?:" + inner + ")"
    if kind < 0.58:
        return "(?=" + inner + ")"
    if kind < 0.64:
        return "(?!" + inner + ")"
    if kind < 0.7:
        return "(?<=" + rng.choice(["a", "b", "ab", "[ab]", "\\w", "é", "k"]) + ")"
    if kind < 0.75:
        return "(?<!" + rng.choice(["a", "b", "ab", "\\n", "K"]) + ")"
    if kind < 0.83:
        return "(?>" + inner + ")"
    if kind < 0.93 and state[0] > 0:
        return "\\%d" % rng.randint(1, state[0])
    if state[0] > 0:
        return "(?(%d)%s|%s)" % (rng.randint(1, state[0]), inner, gen_pattern(rng, depth - 1, state))
    return inner


FLAG_CHOICES = [0, 0, re.I, re.M, re.S, re.I | re.M, re.A, re.I | re.A, re.S | re.I, re.X]


def corpus_fuzz(rng, count):
    n = 0
    i = 0
    while n < count:
        i += 1
        pattern = gen_pattern(rng, rng.randint(1, 4), [0])
        flags = rng.choice(FLAG_CHOICES)
        subj = "".join(rng.choice(ALPHA) for _ in range(rng.randint(0, 12)))
        if rng.random() < 0.25:
            bp, bs = latin1(pattern), latin1(subj)
            if bp is not None and bs is not None:
                # re.LOCALE exists for bytes only; the test runs CPython under LC_ALL=C.UTF-8
                bflags = (flags & ~re.A) | (re.L if rng.random() < 0.3 else 0)
                n += emit("fuzz:%d:b" % i, bp, bflags, bs)
                continue
        if rng.random() < 0.2:
            pos = rng.randint(0, len(subj))
            n += emit("fuzz:%d:pos" % i, pattern, flags, subj, pos, rng.randint(0, len(subj) + 1))
        else:
            n += emit("fuzz:%d" % i, pattern, flags, subj)
    return n


DEEP = [
    (r"(a|b)*", 0, "ab" * 50000),
    (r"(?:a|b)*c", 0, "ab" * 1500),
    (r"(a|b)*?c", 0, "ab" * 20000 + "c"),
    (r"((a)|b)+", 0, "ab" * 30000),
    (r"(?:(a)|(b))*", 0, "ba" * 30000),
    (r"(?:a*)*", 0, "a" * 60000),
    (r"(?:a*?)*?$", 0, "a" * 3000),
    (r"(?>a|b)*", 0, "ab" * 40000),
    (r"(?:ab)*+", 0, "ab" * 40000),
    (r"(?:a|b)++c", 0, "ab" * 1500),
    (r"(.)*", re.S, "x\n" * 40000),
    (r"(?:.|\n)*?x", 0, "y\n" * 20000 + "x"),
    (r"\b(\w+)\s+\1\b", 0, "word " * 20000 + "word word"),
    (r"(?i)(?:[a-z]|\d)*!", 0, "aZ9" * 1000),
    (r"(a(?=b)|b(?!c))*", 0, "ab" * 30000),
    (r"(?:(?<=a)b|a)*", 0, "ab" * 30000),
    (rb"(a|b)*", 0, b"ab" * 50000),
    (r"(\U0001d518|a)*", 0, "\U0001d518a" * 30000),
]


def corpus_deep():
    # Long subjects whose matches backtrack through tens of thousands of repetitions; the Java
    # side runs them on a small thread stack.
    n = 0
    for i, (pattern, flags, subject) in enumerate(DEEP):
        signal.setitimer(signal.ITIMER_REAL, 0)
        n += emit("deep:%d" % i, pattern, flags, subject)
    return n


def main():
    which = sys.argv[1] if len(sys.argv) > 1 else "all"
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 6000
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1311
    rng = random.Random(seed)
    n = 0
    if which in ("all", "re_tests"):
        n += corpus_re_tests()
    if which in ("all", "stdlib"):
        n += corpus_stdlib(rng)
    if which == "deep":
        n += corpus_deep()
    if which in ("all", "fuzz"):
        n += corpus_fuzz(rng, count)
    print("# %d cases" % n, file=sys.stderr)


if __name__ == "__main__":
    main()
