"""Writes src/main/resources/pyj/objects/unicode_tables.txt: the Unicode properties and case
mappings that CPython 3.11's str methods use (Unicode 14), so pyj does not depend on the JDK's
Unicode version. Run with python3 (3.11) from the repository root. Format:
  prop NAME hexstart-hexend ...      code point ranges with the property
  map NAME hexcp=hex,hex,... ...     full case mappings that differ from the code point itself
"""
import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), sys.version
N = 0x110000


def cased(c):
    return c.islower() or c.isupper() or unicodedata.category(c) == 'Lt'


def case_ignorable(c):
    return not cased(c) and ('A' + c + '\u03a3').lower()[-1] == '\u03c2'


PROPS = {
    'alpha': str.isalpha,
    'decimal': str.isdecimal,
    'digit': str.isdigit,
    'numeric': str.isnumeric,
    'space': str.isspace,
    'printable': str.isprintable,
    'upper': str.isupper,
    'lower': str.islower,
    'title': lambda c: unicodedata.category(c) == 'Lt',
    'cased': cased,
    'caseignorable': case_ignorable,
    'xidstart': lambda c: c.isidentifier(),
    'xidcontinue': lambda c: ('a' + c).isidentifier(),
    'linebreak': lambda c: len(('a' + c + 'b').splitlines()) == 2,
    # traceback's _display_width: East Asian Wide and Fullwidth characters take two columns
    'wide': lambda c: unicodedata.east_asian_width(c) in 'WF',
}

MAPS = {'upper': str.upper, 'lower': str.lower, 'title': str.title, 'fold': str.casefold}


def main():
    out = []
    for name, f in PROPS.items():
        ranges = []
        start = None
        for cp in range(N + 1):
            has = cp < N and not (0xd800 <= cp < 0xe000 and name != 'printable') and f(chr(cp))
            if has and start is None:
                start = cp
            elif not has and start is not None:
                ranges.append('%x-%x' % (start, cp - 1))
                start = None
        out.append('prop %s %s' % (name, ' '.join(ranges)))
    for name, f in MAPS.items():
        items = []
        for cp in range(N):
            if 0xd800 <= cp < 0xe000:
                continue
            c = chr(cp)
            # title of a lone char: the titlecase mapping; lower() of a lone capital sigma is the
            # non-final form, which is what the table must hold
            m = f(c)
            if m != c:
                items.append('%x=%s' % (cp, ','.join('%x' % ord(x) for x in m)))
        out.append('map %s %s' % (name, ' '.join(items)))
    with open('src/main/resources/pyj/objects/unicode_tables.txt', 'w') as fh:
        fh.write('\n'.join(out) + '\n')


main()
