"""Oracle for SreApiTest's validator test: compiles a set of patterns covering every opcode, then
mutates their code lists (a word changed, dropped, duplicated, or the list cut short; seeded) and
asks CPython 3.11's _sre.compile whether it accepts each. Output, one per line:
  ok|<exception class>|crash, groups, code (comma list)
Each compile runs in a forked child: CPython 3.11's validator itself crashes on some malformed code
(a zero skip wraps around in unsigned arithmetic), which is reported as "crash".
"""
import os
import random
import sys
import _sre
from re import _compiler, _parser

assert sys.version_info[:2] == (3, 11), sys.version

PATTERNS = [
    r"abc", r"a|b|c", r"(a)(?P<n>b)?\1(?(1)x|y)", r"(?(2)a)(b)(c)", r"[a-z\d\W]+?", r"[^\u0100-\u2000é]*",
    r"(?=ab)(?!c)(?<=x)(?<!yz)", r"(?>a+)b", r"(?:ab)*+c", r"a{2,5}?b{3}", r"(?:a|bc){1,3}",
    r"(?i)straße[k-s]", r"(?m)^\s*$", r"\b\B\A\Z.", r"(?s).(?:x|y)*", r"(?a)\w\d\s",
    r"(?i)[\u0100-\u0200Ω]", r"(?L)\w" if False else r"(?:(a)|b)+?", r"a++b?+c*+", r"(a*)*",
]


def main():
    rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 4000
    bases = []
    for p in PATTERNS:
        for flags in (0, 2):
            tree = _parser.parse(p, flags)
            bases.append(([int(c) for c in _compiler._code(tree, flags)], tree.state.groups - 1))
    cases = [(c, g) for c, g in bases]
    while len(cases) < count:
        code, groups = rng.choice(bases)
        code = list(code)
        r = rng.random()
        i = rng.randrange(len(code))
        if r < 0.6:
            code[i] = rng.choice([0, 1, 2, 3, 4, 5, 6, 7, 12, 13, 15, 17, 19, 23, 24, 28, 42, 43, 255, 256,
                                  2 ** 32 - 1, code[i] + 1, max(0, code[i] - 1), rng.randrange(64)])
        elif r < 0.75:
            del code[i]
        elif r < 0.85:
            code.insert(i, code[i])
        elif r < 0.95:
            code = code[:i]
        else:
            groups = rng.choice([0, 1, 2, 5])
        cases.append((code, groups))
    names = ["ok", "RuntimeError", "OverflowError", "other"]
    sys.stdout.flush()
    for code, groups in cases:
        pid = os.fork()
        if pid == 0:
            try:
                _sre.compile(None, 0, code, groups, {}, ())
                rc = 0
            except RuntimeError:
                rc = 1
            except OverflowError:
                rc = 2
            except Exception:
                rc = 3
            os._exit(rc)
        _, status = os.waitpid(pid, 0)
        res = names[os.WEXITSTATUS(status)] if os.WIFEXITED(status) else "crash"
        print("%s\t%d\t%s" % (res, groups, ",".join(map(str, code))))


main()
