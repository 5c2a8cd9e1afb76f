print('a starts')
import b
A = 'A'
print('a done, b.B =', b.B)
