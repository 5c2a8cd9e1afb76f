import enum
import string
import textwrap

class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], list(Color))
print(Color.RED.name, Color.RED.value, Color.RED is Color(1), len(Color))

class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1

print(Perm.R | Perm.W, int(Perm.R | Perm.X), Perm.R in (Perm.R | Perm.W))

class Shape(enum.Enum):
    SQUARE = enum.auto()
    CIRCLE = enum.auto()

print(list(Shape), Shape.CIRCLE.value)

print(string.ascii_lowercase, string.digits, string.punctuation)
print(string.capwords("hello   wide world"))
print(string.Template("$who likes ${what}").substitute(who="tim", what="kung pao"))
print(string.Formatter().format("{0}-{x}", 1, x=2))

text = "The quick brown fox jumps over the lazy dog and keeps running far away."
print(textwrap.wrap(text, 20))
print(textwrap.fill(text, 30))
print(textwrap.shorten(text, 30))
print(textwrap.dedent("    a\n      b\n    c"))
print(textwrap.indent("x\ny", "> "))
