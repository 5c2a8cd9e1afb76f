print('b starts')
import a
print('b sees partial a:', hasattr(a, 'A'))
B = 'B'
