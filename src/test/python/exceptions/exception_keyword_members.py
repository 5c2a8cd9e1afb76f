e = NameError('msg', name='var')
print(e.args, e.name, str(e))
print(NameError('plain').name)
a = AttributeError('msg', name='attr', obj=[1])
print(a.args, a.name, a.obj)
print(AttributeError().name, AttributeError().obj)
for bad in [lambda: NameError(obj=1), lambda: AttributeError(other=2), lambda: ValueError(x=1)]:
    try:
        bad()
    except TypeError as err:
        print(type(err).__name__, err)
try:
    undefined_variable
except NameError as err:
    print(err.name)
class C:
    pass
try:
    C().missing
except AttributeError as err:
    print(err.name, type(err.obj).__name__)
try:
    ValueError().with_traceback(5)
except TypeError as err:
    print(type(err).__name__, err)
v = ValueError()
try:
    v.__traceback__ = 'x'
except TypeError as err:
    print(type(err).__name__, err)
print(v.with_traceback(None) is v, v.__traceback__)
ie = ImportError('m', name='mod', path='/p')
print(ie.name, ie.path, ie.msg, ie.args)
