# chained exceptions with markers; a floor division and an attribute
class C:
    pass
try:
    n = 10 // (len('') * 0)
except ZeroDivisionError as e:
    C().attr.more
