class Field:
    def __set_name__(self, owner, name):
        if name.startswith('_'):
            raise ValueError(f'private field {name!r} not allowed')
        self.name = name

class Model:
    title = Field()
    _secret = Field()
