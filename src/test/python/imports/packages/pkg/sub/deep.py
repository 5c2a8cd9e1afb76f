from .. import helper
from ..helper import name
from . import __name__ as subname
value = 'deep:' + name
up = helper.__name__ + ' ' + subname
