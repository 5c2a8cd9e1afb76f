# printf-style % formatting of str and bytes
print('%s %r %a %d %i %5.2f %-6s| %x %X %#o %e %g %c %c %%' % ('s', 'r', 'é', 42, -7, 3.14159, 'ab', 255, 255, 8, 12345.678, 0.0001, 65, 'z'))
print('%(name)s is %(age)03d' % {'name': 'Ann', 'age': 7}, '%s' % [1, 2], '%s' % (1,), '%+.3d|% d' % (5, 5))
print('%*d|%-*.*f|' % (6, 42, 8, 2, 2.5), '%.0f %.1e' % (0.5, 1.25), '%s' % None, '%5s|%-5s|' % ('é', 'x'))
for fmt, args in [('%d', 'x'), ('%s %s', (1,)), ('%s', (1, 2)), ('%(a)s', (1,)), ('%z', 1), ('%c', 1114112), ('%x', 1.5),
                  ('%', ()), ('%(a', {'a': 1}), ('%d', 10**20), ('%f', 'a'), ('%c', 'ab')]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
print(b'%s and %b: %d %x %c %r' % (b'abc', bytearray(b'xy'), 5, 255, 65, b'q'))
print(b'%(k)s' % {b'k': b'v'}, b'%5.1f|%-4d|' % (2.25, 3))
try:
    b'%s' % 'str'
except TypeError as e:
    print(e)
