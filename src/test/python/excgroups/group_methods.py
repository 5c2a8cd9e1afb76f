eg = ExceptionGroup('msg', [ValueError('v'), TypeError('t'), ExceptionGroup('sub', [ValueError('v2'), KeyError('k')])])
m, rest = eg.split(ValueError)
print(repr(m))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.subgroup(OSError), eg.split(OSError)[0], repr(eg.split(OSError)[1]) == repr(eg))
print(repr(eg.derive([ValueError('new')])))
print(eg.message, len(eg.exceptions), str(eg), eg.args[0])
beg = BaseExceptionGroup('b', [KeyboardInterrupt()])
print(type(beg).__name__, type(BaseExceptionGroup('x', [ValueError()])).__name__)
for bad in [lambda: ExceptionGroup('x', []), lambda: ExceptionGroup('x', [1]), lambda: ExceptionGroup(1, [ValueError()]),
            lambda: ExceptionGroup('x', [KeyboardInterrupt()]), lambda: ExceptionGroup('x', ValueError())]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup), ExceptionGroup.__mro__)
