class Strict:
    def __init_subclass__(cls, **kw):
        if not hasattr(cls, 'required'):
            raise TypeError(f'{cls.__name__} must define required')
class Good(Strict):
    required = True
print('Good defined')
try:
    class Bad(Strict):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    Bad
except NameError as e:
    print(type(e).__name__, e)
class Desc:
    def __set_name__(self, owner, name):
        raise ValueError(f'bad name {name}')
try:
    class Host:
        attr = Desc()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
